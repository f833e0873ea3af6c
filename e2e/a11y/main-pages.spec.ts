import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { demoSignIn } from "../support/demo";
import { demoPages, detailPages } from "../support/pages";

/** Pages checked again in the dark scheme: the ones with the most colour (figures, charts, badges). */
const darkToo = new Set([
  "/portal",
  "/portal/earnings",
  "/manage/demo",
  "/manage/demo/analytics",
  "/signin",
]);

/** Serious and critical WCAG 2.1 A/AA violations of the page as it is now, one line each. */
async function violations(page: Page, path: string, scheme: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    // Frames show e-mails as recipients will see them, not the app, and are sandboxed without
    // scripts: axe cannot run inside and would wait for them until the test times out.
    .exclude("iframe")
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(" ")).slice(0, 3);
      return `${path} (${scheme}): ${violation.id} (${violation.impact}) at ${targets.join("; ")}`;
    });
}

async function checkAll(page: Page, paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    // Not "networkidle": the dashboard keeps a live event stream open.
    await page.waitForLoadState("load");
    found.push(...(await violations(page, path, "light")));
    if (darkToo.has(path)) {
      await page.emulateMedia({ colorScheme: "dark" });
      found.push(...(await violations(page, path, "dark")));
      await page.emulateMedia({ colorScheme: "light" });
    }
  }
  return found;
}

for (const role of ["partner", "manager"] as const) {
  test(`every ${role} page, detail pages included, has no serious or critical accessibility violations`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await demoSignIn(page, role);
    const paths = [...demoPages[role], ...(await detailPages(page, role))];
    expect(await checkAll(page, paths)).toEqual([]);
  });
}

test("the public pages have no serious or critical accessibility violations", async ({ page }) => {
  test.setTimeout(120_000);
  await page.context().clearCookies();
  expect(await checkAll(page, demoPages.public)).toEqual([]);
});
