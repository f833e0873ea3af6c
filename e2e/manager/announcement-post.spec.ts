import { expect, test } from "../support/test";
import { demoSignIn } from "../support/demo";
import { navLink } from "../support/nav";

/** A manager posts program news; the demo partner reads it, rendered, on the News page. */
test("a posted announcement reaches the partner's news", async ({ page }) => {
  const title = `Spring update ${Date.now().toString(36)}`;
  await demoSignIn(page, "manager");
  await page.goto("/manage/demo/announcements");
  await expect(page.getByRole("heading", { name: "Announcements", exact: true })).toBeVisible();
  // The form is a client component: typing before it hydrates would be wiped.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Message").fill("New **spring banners** are ready.\n\n- Use them today");
  await page.getByRole("button", { name: "Post and notify partners" }).click();
  await expect(page.getByRole("status")).toContainText("Posted");
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  await demoSignIn(page, "partner");
  await (await navLink(page, "News")).click();
  await expect(page).toHaveURL(/\/portal\/news/);
  const article = page.getByRole("article", { name: title });
  await expect(article).toBeVisible();
  await expect(article.locator("strong")).toHaveText("spring banners");
  await expect(article.getByRole("listitem")).toHaveText("Use them today");
});
