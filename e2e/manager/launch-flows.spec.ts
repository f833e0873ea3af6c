import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { demoSignIn } from "../support/demo";

/**
 * The contest the new-contest form suggests today (UTC days, as contests count them): this
 * month, or next month when fewer than 7 days of this one are left (contest-defaults-rules.ts).
 */
function suggestedContest(now: Date) {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const late = daysInMonth - now.getUTCDate() + 1 < 7;
  const first = new Date(Date.UTC(year, late ? month + 1 : month, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const monthName = new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(first);
  return {
    name: `${monthName} sales sprint`,
    startsOn: day(first),
    endsOn: day(last),
    status: late ? "Scheduled" : "Running",
  };
}

/** The form's time-zone select lists every zone only once the page runs in the browser. */
async function hydrated(page: Page) {
  await expect
    .poll(() => page.getByLabel("Time zone").locator("option").count())
    .toBeGreaterThan(1);
}

/**
 * The demo manager launches a contest and schedules a webinar from the console's overview,
 * taking the prefilled defaults. What the manager does, counted:
 *
 *   contest: click "New contest", click "Create and launch"               2 clicks
 *   webinar: click "New webinar", type the title, click "Schedule webinar" 2 clicks + 1 field
 *   in all: 4 clicks and 1 typed field (5 steps), sign-in aside
 *
 * Everything else in between is checking what the pages show.
 */
test("a manager launches a contest and a webinar from the overview with the defaults", async ({
  page,
}, info) => {
  const contest = suggestedContest(new Date());
  await demoSignIn(page, "manager");

  await page.goto("/manage/demo");
  await page.getByRole("link", { name: "New contest", exact: true }).click(); // step 1
  await expect(page).toHaveURL(/\/manage\/demo\/contests\/new$/);
  await expect(page.getByLabel("Contest name")).toHaveValue(contest.name);
  await expect(page.getByLabel("Ranked by")).toHaveValue("revenue");
  await expect(page.getByLabel("First day")).toHaveValue(contest.startsOn);
  await expect(page.getByLabel("Last day")).toHaveValue(contest.endsOn);
  // Targets come from last period's demo sales: the preview shows them, none unreachable.
  // The preview is fetched from the browser, so the form is live once it shows.
  const preview = page.getByTestId("fairness-preview");
  await expect(preview.getByTestId("preview-summary")).toBeVisible({ timeout: 15_000 });
  await expect(preview.getByTestId("preview-milestone").first()).toBeVisible();
  await expect(preview.getByTestId("unreachable-warning")).toHaveCount(0);

  await page.getByRole("button", { name: "Create and launch" }).click(); // step 2
  await expect(page).toHaveURL(/\/manage\/demo\/contests\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  await expect(page.getByTestId("contest-name")).toHaveText(contest.name);
  await expect(page.getByTestId("contest-status")).toHaveText(contest.status);
  if (contest.status === "Running") {
    await expect(page.getByRole("heading", { name: "Leaderboard" })).toBeVisible();
  }

  const title = `E2E webinar ${info.project.name} ${Date.now()}`;
  await page.goto("/manage/demo");
  await page.getByRole("link", { name: "New webinar", exact: true }).click(); // step 3
  await expect(page).toHaveURL(/\/manage\/demo\/webinars\/new$/);
  await hydrated(page);
  // Prefilled: 16:00 on a working day, 45 minutes, the join link of the demo's webinars.
  const starts = await page.getByLabel("Starts at").inputValue();
  expect(starts).toMatch(/^\d{4}-\d{2}-\d{2}T16:00$/);
  const weekday = new Date(`${starts.slice(0, 10)}T00:00:00Z`).getUTCDay();
  expect(weekday).toBeGreaterThanOrEqual(1);
  expect(weekday).toBeLessThanOrEqual(5);
  expect(starts.slice(0, 10) > new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)).toBe(
    true,
  );
  await expect(page.getByLabel("Duration (minutes)")).toHaveValue("45");
  await expect(page.getByLabel("Join link")).toHaveValue(/^https:\/\/\S+$/);

  await page.getByLabel("Title", { exact: true }).fill(title); // step 4
  await page.getByRole("button", { name: "Schedule webinar" }).click(); // step 5
  await expect(page).toHaveURL(/\/manage\/demo\/webinars$/, { timeout: 15_000 });
  await expect(page.getByTestId("webinar-row").filter({ hasText: title })).toBeVisible();
});
