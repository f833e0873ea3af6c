import { expect, test } from "../support/test";
import { demoSignIn } from "../support/demo";

/**
 * The console home shows the demo program as a card with this month's figures and what waits
 * in its cockpit; the card leads to the cockpit, whose figures, attention list and top movers
 * are there, and an attention row leads to the page where it is dealt with. The demo keeps a
 * live trickle of sales, so no exact figure is asserted.
 */
test("a manager goes from the console home to the cockpit and on to what needs attention", async ({
  page,
}) => {
  await demoSignIn(page, "manager");
  await page.goto("/manage");
  const card = page
    .getByTestId("program-card")
    .filter({ has: page.locator('a[href="/manage/demo"]') });
  await expect(card.getByTestId("home-revenue-value")).toHaveText(/\d/);
  await expect(card.getByTestId("home-commission-value")).toHaveText(/\d/);
  await card.getByTestId("home-attention").click();
  await expect(page).toHaveURL(/\/manage\/demo$/);

  await expect(page.getByTestId("kpi-revenue-value")).toHaveText(/\d/);
  await expect(page.getByTestId("kpi-activePartners-value")).toHaveText(/\d/);
  await expect(page.getByTestId("kpi-owed-value")).toHaveText(/\d/);
  await expect(page.getByRole("link", { name: "New contest", exact: true })).toHaveAttribute(
    "href",
    "/manage/demo/contests/new",
  );
  await expect(page.getByRole("link", { name: "New webinar", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Top movers" })).toBeVisible();

  const rows = page.locator('[data-testid^="attention-"]');
  await expect(rows.first()).toBeVisible();
  const applications = page.getByTestId("attention-applications");
  if ((await applications.count()) > 0) {
    await applications.getByRole("link").click();
    await expect(page).toHaveURL(/\/manage\/demo\/partners\?status=applied$/);
  }
});
