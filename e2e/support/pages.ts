import type { Page } from "@playwright/test";

/** Every list and form page of both areas with the demo data (the detail pages are found). */
export const demoPages = {
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
    "/portal/creatives",
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
    "/manage/demo/academy/new",
    "/manage/demo/contests",
    "/manage/demo/contests/new",
    "/manage/demo/rewards",
    "/manage/demo/webinars",
    "/manage/demo/webinars/new",
    "/manage/demo/newsletters",
    "/manage/demo/newsletters/new",
    "/manage/demo/subscribers",
    "/manage/demo/announcements",
    "/manage/new",
    "/manage/account",
    "/manage/people",
    "/manage/system",
  ],
  /** Signed out. */
  public: ["/", "/signin", "/signin/check-email", "/p/demo/subscribe", "/unsubscribe"],
} as const;

/**
 * Detail pages, reached the way people reach them: the first link of their list page whose
 * address matches (ids differ between demo seeds). The demo has one of each: a list without
 * one fails, so a page dropped from the demo is noticed.
 */
const detailLinks = {
  partner: [
    { list: "/portal/contests", pattern: /^\/portal\/contests\/[0-9a-f-]{36}$/ },
    { list: "/portal/academy", pattern: /^\/portal\/academy\/[0-9a-f-]{36}$/ },
  ],
  manager: [
    { list: "/manage/demo/partners", pattern: /^\/manage\/demo\/partners\/[0-9a-f-]{36}$/ },
    { list: "/manage/demo/contests", pattern: /^\/manage\/demo\/contests\/[0-9a-f-]{36}$/ },
    { list: "/manage/demo/webinars", pattern: /^\/manage\/demo\/webinars\/[0-9a-f-]{36}$/ },
    { list: "/manage/demo/newsletters", pattern: /^\/manage\/demo\/newsletters\/[0-9a-f-]{36}$/ },
    { list: "/manage/demo/academy", pattern: /^\/manage\/demo\/academy\/[0-9a-f-]{36}$/ },
  ],
} as const;

async function firstLink(page: Page, list: string, pattern: RegExp): Promise<string> {
  await page.goto(list);
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const href = hrefs.find((candidate) => pattern.test(candidate));
  if (!href) throw new Error(`No link matching ${pattern} on ${list}`);
  return href;
}

export async function detailPages(page: Page, who: "partner" | "manager"): Promise<string[]> {
  const found: string[] = [];
  for (const { list, pattern } of detailLinks[who])
    found.push(await firstLink(page, list, pattern));
  // A lesson of the course, from the course page (/lessons/ in the console).
  const course = found.find((path) => /academy\/[0-9a-f-]{36}$/.test(path))!;
  const escaped = course.replaceAll("/", "\\/");
  found.push(
    await firstLink(page, course, new RegExp(`^${escaped}\\/(lessons\\/)?[0-9a-f-]{36}$`)),
  );
  return found;
}
