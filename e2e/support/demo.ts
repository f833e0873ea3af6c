import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** The ingest server of the end-to-end run (scripts/e2e-server.ts). */
export const trackingBase = process.env.E2E_TRACKING_URL ?? "http://localhost:3101";

// The ingest server does not count bots: follow links the way a browser would.
export const browserAgent =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36";

/** Signs in as the demo partner or manager through the real sign-in page (demo mode). */
export async function demoSignIn(page: Page, who: "partner" | "manager") {
  await page.context().clearCookies();
  await page.goto("/signin");
  await page.getByRole("button", { name: `Sign in as the demo ${who}` }).click();
  await expect(page).toHaveURL(who === "partner" ? /\/portal$/ : /\/manage/);
}

/** As the signed-in demo manager: a new API key for the demo program, from the console. */
export async function createApiKey(page: Page, name: string): Promise<string> {
  await page.goto("/manage/demo/integrations");
  await page.getByLabel("Key name").fill(name);
  await page.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("secret-reveal").locator("code").first().textContent())!;
  expect(key).toMatch(/^rk_/);
  return key;
}

/** As the signed-in demo partner: a new tracking link to `destination`; its tracking URL. */
export async function createLink(page: Page, destination: string): Promise<string> {
  await page.goto("/portal/programs/demo/links");
  await page.getByLabel("Destination page").fill(destination);
  await page.getByRole("button", { name: "Create link" }).click();
  const created = page.getByTestId("created-link");
  await expect(created).toBeVisible();
  return (await created.locator("p.font-mono").textContent())!.trim();
}

/** Follows a tracking link like a browser; the click id the redirect carries. */
export async function clickThrough(request: APIRequestContext, url: string): Promise<string> {
  const click = await request.get(url, {
    maxRedirects: 0,
    headers: { "user-agent": browserAgent },
  });
  expect(click.status()).toBe(302);
  const clickId = new URL(click.headers().location!).searchParams.get("rly_click");
  expect(clickId).toBeTruthy();
  return clickId!;
}
