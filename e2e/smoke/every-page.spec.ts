import { expect, test } from "../support/test";
import { demoSignIn } from "../support/demo";

/**
 * Every page of both areas renders for the demo people with the demo data: status 200, a
 * title, and nothing wider than the screen (on the phone project too: wide tables scroll
 * inside their own box, never the page).
 */
const pages = {
  partner: [
    "/portal",
    "/portal/programs",
    "/portal/programs/demo",
    "/portal/programs/demo/links",
    "/portal/programs/demo/creatives",
    "/portal/earnings",
    "/portal/settings",
    "/portal/academy",
    "/portal/contests",
    "/portal/rewards",
    "/portal/webinars",
    "/portal/news",
    "/p/demo/subscribe",
  ],
  manager: [
    "/manage",
    "/manage/demo",
    "/manage/demo/partners",
    "/manage/demo/analytics",
    "/manage/demo/creatives",
    "/manage/demo/conversions",
    "/manage/demo/review",
    "/manage/demo/payouts",
    "/manage/demo/commissions",
    "/manage/demo/promo-codes",
    "/manage/demo/integrations",
    "/manage/demo/settings",
    "/manage/demo/audit",
    "/manage/demo/academy",
    "/manage/demo/contests",
    "/manage/demo/contests/new",
    "/manage/demo/rewards",
    "/manage/demo/webinars",
    "/manage/demo/newsletters",
    "/manage/demo/newsletters/new",
    "/manage/demo/subscribers",
    "/manage/demo/announcements",
  ],
} as const;

for (const who of ["partner", "manager"] as const) {
  test(`every ${who} page renders with the demo data`, async ({ page }) => {
    await demoSignIn(page, who);
    for (const path of pages[who]) {
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
