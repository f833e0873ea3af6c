import type { Page } from "@playwright/test";
import { navLink, openNavMenus } from "../support/nav";
import { expect, test } from "../support/test";

/** Signs in the way a person does: ask for a link, open the dev mailbox, follow it. */
async function signInByMagicLink(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const mail = page.getByTestId("mail").filter({ hasText: email }).first();
  const link = await mail.getByRole("link", { name: /callback\/email/ }).getAttribute("href");
  expect(link).toBeTruthy();
  await page.goto(link!);
}

test("a partner applies, the manager approves, the partner sees the program active", async ({
  page,
}, info) => {
  const partner = `e2e-${info.project.name}-${Date.now()}@example.com`;
  await signInByMagicLink(page, partner);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(
    page.getByRole("heading", { name: "You have not joined a program yet" }),
  ).toBeVisible();

  await page.getByRole("link", { name: "Browse programs" }).click();
  await page.getByRole("link", { name: "Northwind Learning Affiliates" }).click();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("Accept the program terms to apply.")).toBeVisible();
  await page
    .getByLabel("Tell the manager about your audience")
    .fill("A cooking blog with 10k readers.");
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("state-message")).toHaveText(/waiting for a manager/);

  await page.context().clearCookies();
  await signInByMagicLink(page, "manager@demo.rally.test");
  await page.goto("/manage/demo/partners?status=applied");
  const row = page.getByTestId("partner-row").filter({ hasText: partner });
  await row.getByRole("button", { name: `Approve ${partner}` }).click();
  await expect(row).toHaveCount(0);
  await page.goto("/manage/demo/audit");
  await expect(page.getByTestId("audit-entry").first()).toContainText("enrollment.approve");

  await page.context().clearCookies();
  await signInByMagicLink(page, partner);
  await expect(page.getByTestId("my-program").filter({ hasText: "Northwind" })).toContainText(
    "Active",
  );
});

test("the demo sign-in and the language switch work", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in as the demo partner" }).click();
  await expect(page).toHaveURL(/\/portal$/);
  // On a phone the language switch is in the menu, with the links.
  await openNavMenus(page);
  await page.getByRole("combobox", { name: "Language" }).selectOption("pl");
  await expect(await navLink(page, "Programy")).toBeVisible();
  await openNavMenus(page);
  await page.getByRole("combobox", { name: "Język" }).selectOption("en");
  await expect(await navLink(page, "Programs")).toBeVisible();
});
