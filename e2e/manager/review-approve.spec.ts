import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { clickThrough, createApiKey, createLink, demoSignIn, trackingBase } from "../support/demo";

const DEMO_PROGRAM = "Northwind Learning Affiliates";
const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/**
 * The demo partner's money in the demo program that is not held for review, in cents, as
 * /portal/earnings shows it: pending minus held, plus approved (available and in a payout).
 * Approvals move money within it; the demo's live trickle only adds to it.
 */
async function owedNotHeldCents(page: Page): Promise<number> {
  await page.goto("/portal/earnings");
  const card = page
    .getByRole("heading", { level: 3, name: DEMO_PROGRAM })
    .locator("xpath=ancestor::section[1]");
  const cents = async (testId: string) => {
    const field = card.getByTestId(testId);
    if ((await field.count()) === 0) return 0;
    return Number(((await field.textContent()) ?? "").replace(/[^\d-]/g, ""));
  };
  return (
    (await cents("balance-pending")) -
    (await cents("balance-held")) +
    (await cents("balance-available")) +
    (await cents("balance-inPayout"))
  );
}

/**
 * The demo partner makes two sales seconds after their clicks, so both are flagged (fast
 * conversion) and their commissions held for review. The demo manager selects both in the
 * review queue and clears them at once; the partner then sees them as ordinary pending
 * commissions, no longer held for review, approved when the hold period ends.
 *
 * The demo keeps a live trickle of conversions running, so the pending figure moves on its
 * own: the test asserts on its own two commissions, never on an exact total.
 */
test("a manager clears flagged commissions in bulk and the partner's balance grows by them", async ({
  page,
  request,
}, info) => {
  await demoSignIn(page, "manager");
  const key = await createApiKey(page, `E2E review ${info.project.name}`);

  await demoSignIn(page, "partner");
  const trackingUrl = await createLink(
    page,
    `https://northwind.example/courses/review-${info.project.name}-${Date.now()}`,
  );

  const stamp = `${info.project.name}-${Date.now()}`;
  const sales: { order: string; commission: number }[] = [];
  // Amounts of this run only, so the partner's ledger rows can be told apart by amount.
  const base = 1_000_000 + (Date.now() % 50_000) * 100;
  for (const [index, amount] of [base, base + 1_000_000].entries()) {
    const clickId = await clickThrough(request, trackingUrl);
    const order = `e2e-review-${stamp}-${index}`;
    const sale = await request.post(`${trackingBase}/api/v1/conversions`, {
      headers: { authorization: `Bearer ${key}` },
      data: { type: "sale", external_id: order, amount, currency: "USD", click_id: clickId },
    });
    expect(sale.status()).toBe(201);
    const recorded = (await sale.json()) as {
      review_status: string;
      commissions: { level: number; amount: number }[];
    };
    expect(recorded.review_status).toBe("flagged");
    const direct = recorded.commissions.find((commission) => commission.level === 0);
    expect(direct).toBeTruthy();
    sales.push({ order, commission: Number(direct!.amount) });
  }
  const cleared = sales.reduce((sum, sale) => sum + sale.commission, 0);
  const ledgerRow = (sale: { commission: number }) =>
    page
      .getByTestId("ledger-row")
      .filter({ hasText: usd.format(sale.commission / 100) })
      .first();

  // Held for review: marked as under review, and not yet counted as owed.
  const before = await owedNotHeldCents(page);
  for (const sale of sales) await expect(ledgerRow(sale)).toContainText("Under review");

  await demoSignIn(page, "manager");
  await page.goto("/manage/demo/review");
  // The queue is oldest first, 50 to a page: the demo's own flagged sales may come before ours.
  const first = page.getByTestId("review-row").filter({ hasText: sales[0]!.order });
  for (let pages = 0; pages < 20 && (await first.count()) === 0; pages++) {
    const current = page.url();
    await page.getByRole("link", { name: "Next page" }).click();
    await page.waitForURL((url) => url.href !== current);
  }
  for (const sale of sales) {
    const row = page.getByTestId("review-row").filter({ hasText: sale.order });
    await expect(row).toContainText("Very fast sale");
    await row.getByRole("checkbox", { name: new RegExp(`^Select order ${sale.order} `) }).check();
  }
  await expect(page.getByText("2 conversions selected")).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Clear selected" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "2 conversions decided." }),
  ).toBeVisible();
  for (const sale of sales) {
    await expect(page.getByTestId("review-row").filter({ hasText: sale.order })).toHaveCount(0);
  }

  await demoSignIn(page, "partner");
  const after = await owedNotHeldCents(page);
  for (const sale of sales) {
    const row = ledgerRow(sale);
    await expect(row).toContainText("Pending");
    await expect(row).not.toContainText("Under review");
    await expect(row).toContainText("Approved after");
  }
  // Cleared, the two commissions leave "held for review" and count as owed (pending until
  // their hold period ends): the partner's balance grows by at least their sum.
  expect(after - before).toBeGreaterThanOrEqual(cleared);
});
