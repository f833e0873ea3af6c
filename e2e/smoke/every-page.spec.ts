import { expect, test } from "../support/test";
import { demoSignIn } from "../support/demo";
import { demoPages, detailPages } from "../support/pages";

/**
 * Every page of both areas renders for the demo people with the demo data: status 200, a
 * title, and nothing wider than the screen (on the phone project too: wide tables scroll
 * inside their own box, never the page). The list is shared with the accessibility check.
 */
for (const who of ["partner", "manager"] as const) {
  test(`every ${who} page renders with the demo data`, async ({ page }) => {
    test.setTimeout(180_000);
    await demoSignIn(page, who);
    for (const path of [...demoPages[who], ...(await detailPages(page, who))]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 }).first(), path).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
    }
    if (who === "manager") {
      // A partner's detail page, reached from the list.
      await page.goto("/manage/demo/partners");
      await page.getByTestId("partner-row").first().getByRole("link").first().click();
      await expect(page.getByRole("heading", { name: "Performance" })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, "partner detail is wider than the screen").toBeLessThanOrEqual(0);
    }
  });
}
