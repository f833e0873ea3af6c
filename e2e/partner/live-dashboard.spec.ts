import { expect, test, type Page } from "@playwright/test";

const trackingBase = process.env.E2E_TRACKING_URL ?? "http://localhost:3101";
// The ingest server does not count bots: follow the link the way a browser would.
const browserAgent =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36";

async function demoSignIn(page: Page, who: "partner" | "manager") {
  await page.context().clearCookies();
  await page.goto("/signin");
  await page.getByRole("button", { name: `Sign in as the demo ${who}` }).click();
  await expect(page).toHaveURL(who === "partner" ? /\/portal$/ : /\/manage/);
}

test("the partner's dashboard shows a sale posted through the API within seconds, without a reload", async ({
  page,
  request,
}, info) => {
  await demoSignIn(page, "manager");
  await page.goto("/manage/demo/integrations");
  await page.getByLabel("Key name").fill(`E2E live ${info.project.name}`);
  await page.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("secret-reveal").locator("code").first().textContent())!;
  expect(key).toMatch(/^rk_/);

  // A click on one of the demo partner's own links, for the sale to be attributed to them.
  await demoSignIn(page, "partner");
  await page.goto("/portal/programs/demo/links");
  await page
    .getByLabel("Destination page")
    .fill(`https://northwind.example/courses/live-${info.project.name}-${Date.now()}`);
  await page.getByRole("button", { name: "Create link" }).click();
  const created = page.getByTestId("created-link");
  await expect(created).toBeVisible();
  const trackingUrl = (await created.locator("p.font-mono").textContent())!.trim();
  const click = await request.get(trackingUrl, {
    maxRedirects: 0,
    headers: { "user-agent": browserAgent },
  });
  expect(click.status()).toBe(302);
  const clickId = new URL(click.headers().location!).searchParams.get("rly_click");
  expect(clickId).toBeTruthy();

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
