import { expect, test } from "../support/test";
import { clickThrough, createApiKey, createLink, demoSignIn, trackingBase } from "../support/demo";

test("the partner's dashboard shows a sale posted through the API within seconds, without a reload", async ({
  page,
  request,
}, info) => {
  await demoSignIn(page, "manager");
  const key = await createApiKey(page, `E2E live ${info.project.name}`);

  // A click on one of the demo partner's own links, for the sale to be attributed to them.
  await demoSignIn(page, "partner");
  const trackingUrl = await createLink(
    page,
    `https://northwind.example/courses/live-${info.project.name}-${Date.now()}`,
  );
  const clickId = await clickThrough(request, trackingUrl);

  await page.goto("/portal");
  const conversions = page.getByTestId("kpi-conversions");
  await expect(conversions).toBeVisible();
  // Subscribed before the sale is posted: events are pushed, never replayed.
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-connected", "true");
  const before = (await conversions.textContent())!.trim();
  let reloaded = false;
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) reloaded = true;
  });

  const order = `e2e-live-${info.project.name}-${Date.now()}`;
  const sale = await request.post(`${trackingBase}/api/v1/conversions`, {
    headers: { authorization: `Bearer ${key}` },
    data: { type: "sale", external_id: order, amount: 45_600, currency: "USD", click_id: clickId },
  });
  expect(sale.status()).toBe(201);
  expect(((await sale.json()) as { attribution: string }).attribution).toBe("click");

  const feed = page.getByTestId("live-feed");
  await expect(feed.getByTestId("live-feed-item").filter({ hasText: "New sale" })).toBeVisible({
    timeout: 5_000,
  });
  await expect(conversions).not.toHaveText(before, { timeout: 5_000 });
  expect(reloaded).toBe(false);
});
