import { expect, test } from "../support/test";
import { browserAgent, createApiKey, demoSignIn, trackingBase } from "../support/demo";

test("a partner's link redirects with a click id; a sale through the API is held for review, cleared by the manager, and pending in the partner's earnings", async ({
  page,
  request,
}, info) => {
  await demoSignIn(page, "manager");
  const key = await createApiKey(page, `E2E shop ${info.project.name}`);

  await demoSignIn(page, "partner");
  await page.goto("/portal/programs/demo/links");
  const destination = `https://northwind.example/courses/e2e-${info.project.name}-${Date.now()}`;
  await page.getByLabel("Destination page").fill(destination);
  await page.getByRole("button", { name: "Create link" }).click();
  const created = page.getByTestId("created-link");
  await expect(created).toBeVisible();
  const trackingUrl = (await created.locator("p.font-mono").textContent())!.trim();
  expect(trackingUrl.startsWith(`${trackingBase}/r/`)).toBe(true);

  const click = await request.get(`${trackingUrl}?url=https://evil.example/`, {
    maxRedirects: 0,
    headers: { "user-agent": browserAgent },
  });
  expect(click.status()).toBe(302);
  const location = new URL(click.headers().location!);
  expect(`${location.origin}${location.pathname}`).toBe(destination);
  const clickId = location.searchParams.get("rly_click");
  expect(clickId).toBeTruthy();

  const order = `e2e-order-${info.project.name}-${Date.now()}`;
  const sale = await request.post(`${trackingBase}/api/v1/conversions`, {
    headers: { authorization: `Bearer ${key}` },
    data: {
      type: "sale",
      external_id: order,
      amount: 987_654,
      currency: "USD",
      click_id: clickId,
    },
  });
  expect(sale.status()).toBe(201);
  const recorded = (await sale.json()) as {
    attribution: string;
    fraud_flags: string[];
    commissions: { level: number; amount: string | number }[];
  };
  expect(recorded.attribution).toBe("click");
  // Seconds from click to sale is faster than the program allows: the commission waits.
  expect(recorded.fraud_flags).toContain("fast_conversion");
  const direct = recorded.commissions.find((commission) => commission.level === 0);
  expect(direct).toBeTruthy();
  const shown = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(
    Number(direct!.amount) / 100,
  );

  const entry = page.getByTestId("ledger-row").filter({ hasText: shown }).first();
  await page.goto("/portal/earnings");
  await expect(entry).toContainText("Under review");

  await demoSignIn(page, "manager");
  await page.goto("/manage/demo/review");
  const flagged = page.getByTestId("review-row").filter({ hasText: order });
  await expect(flagged).toContainText("Very fast sale");
  await flagged.getByRole("button", { name: /^Clear order/ }).click();
  await expect(flagged).toHaveCount(0);

  await demoSignIn(page, "partner");
  await page.goto("/portal/earnings");
  await expect(entry).toContainText("Pending");
});
