import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../support/test";
import { demoSignIn } from "../support/demo";

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
    "/manage/demo",
    "/manage/demo/partners",
    "/manage/demo/analytics",
    "/manage/demo/conversions",
    "/manage/demo/review",
    "/manage/demo/creatives",
    "/manage/demo/payouts",
    "/manage/demo/integrations",
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

for (const role of ["partner", "manager"] as const) {
  test(`the ${role}'s main pages have no serious or critical accessibility violations`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await demoSignIn(page, role);
    const found: string[] = [];
    for (const path of pages[role]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      // Not "networkidle": the dashboard keeps a live event stream open.
      await page.waitForLoadState("load");
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      for (const violation of results.violations) {
        if (violation.impact !== "serious" && violation.impact !== "critical") continue;
        const targets = violation.nodes.map((node) => node.target.join(" ")).slice(0, 3);
        found.push(`${path}: ${violation.id} (${violation.impact}) at ${targets.join("; ")}`);
      }
    }
    expect(found).toEqual([]);
  });
}
