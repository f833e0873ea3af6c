import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";

/** The links of the newest dev-mailbox message to `to` whose text contains `subject`. */
async function mailLinks(page: Page, to: string, subject: string): Promise<string[]> {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
  const mail = page
    .getByTestId("mail")
    .filter({ hasText: to })
    .filter({ hasText: subject })
    .first();
  await expect(mail).toBeVisible();
  const hrefs = await mail
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.filter(Boolean);
}

test("double opt-in and one-click unsubscribe through the dev mailbox", async ({ page }, info) => {
  const email = `reader-${info.project.name}-${Date.now()}@example.com`;

  // A visitor subscribes without an account.
  await page.goto("/p/demo/subscribe");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Webinars").check();
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  // The confirmation is the only mail so far; its link asks for one click, then confirms.
  const confirmLinks = await mailLinks(page, email, "Confirm your subscription");
  const confirmUrl = confirmLinks.find((href) => href.includes("/subscribe/confirm/"));
  expect(confirmUrl).toBeTruthy();
  await page.goto(confirmUrl!);
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(page.getByRole("heading", { name: "You are subscribed" })).toBeVisible();

  // The link is single-use.
  await page.goto(confirmUrl!);
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();

  // The welcome email is bulk mail with signed unsubscribe and preference links.
  const welcomeLinks = await mailLinks(page, email, "Welcome to the news");
  const unsubscribePage = welcomeLinks.find((href) => href.includes("/unsubscribe?token="));
  const preferences = welcomeLinks.find((href) => href.includes("/preferences/"));
  expect(unsubscribePage).toBeTruthy();
  expect(preferences).toBeTruthy();
  const token = new URL(unsubscribePage!).searchParams.get("token");

  await page.goto(preferences!);
  await expect(page.getByTestId("subscription-status")).toContainText("subscribed");
  await expect(page.getByLabel("Webinars")).toBeChecked();

  // What a mail client does with List-Unsubscribe-Post: one POST, no sign-in, no cookies.
  const oneClick = await page.request.post(`/api/email/unsubscribe?token=${token}`, {
    form: { "List-Unsubscribe": "One-Click" },
    maxRedirects: 0,
  });
  expect(oneClick.status()).toBe(200);

  await page.goto(preferences!);
  await expect(page.getByTestId("subscription-status")).toContainText("unsubscribed");
  await expect(page.getByRole("link", { name: "Subscribe again" })).toBeVisible();
});
