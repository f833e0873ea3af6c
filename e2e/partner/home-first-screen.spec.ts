import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { demoSignIn } from "../support/demo";

/** Where an element's box ends, relative to the first screen of the page. */
async function box(locator: Locator) {
  await expect(locator).toBeVisible();
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found!;
}

async function viewportHeight(page: Page) {
  return page.evaluate(() => window.innerHeight);
}

/**
 * The partner home answers "how am I doing and what next?" without scrolling, on the phone
 * project as on a laptop: today's and this month's commission, the balance, the next step with
 * its button, the tier's progress and the place in the running contest.
 */
test("the partner home's first screen shows earnings, the next step, the tier and the contest place", async ({
  page,
}) => {
  await demoSignIn(page, "partner");
  await page.goto("/portal");
  const fold = await viewportHeight(page);
  const whole = async (locator: Locator, what: string) => {
    const found = await box(locator);
    expect(found.y + found.height, `${what} ends below the first screen`).toBeLessThanOrEqual(fold);
  };
  await whole(page.getByTestId("home-today"), "today's commission");
  await whole(page.getByTestId("home-month"), "this month's commission");
  await whole(page.getByTestId("kpi-pending"), "the pending balance");
  const next = page.getByTestId("next-action");
  await whole(next.getByRole("link"), "the next step's button");
  await whole(page.getByTestId("home-tier").locator("p").first(), "the tier");
  const rank = page.getByTestId("panel-contest").first().getByTestId("contest-rank");
  await whole(rank, "the contest place");
  await expect(rank).toHaveText(/^#\d+ of \d+$/);

  // The next step leads somewhere real.
  const href = await next.getByRole("link").getAttribute("href");
  expect(href).toMatch(/^\/portal\//);
  const response = await page.goto(href!);
  expect(response?.status()).toBe(200);
});
