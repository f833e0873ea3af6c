import { expect, test } from "../support/test";
import { demoSignIn } from "../support/demo";

test("a manager adds a badge and a tier; the partner sees them with their progress", async ({
  browser,
  page,
}, info) => {
  const stamp = Date.now();
  const badgeName = `E2E badge ${info.project.name} ${stamp}`;
  const tierName = `E2E tier ${stamp}`;
  const tierKey = `e2e-${stamp}`;

  await demoSignIn(page, "manager");
  await page.goto("/manage/demo/rewards");
  await expect(page.getByRole("heading", { name: "Point rules" })).toBeVisible();

  const badgeForm = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Save badge" }) });
  await badgeForm.getByLabel("Name", { exact: true }).fill(badgeName);
  await badgeForm.getByLabel("Key", { exact: true }).fill(`e2e-${stamp}`);
  await badgeForm.getByLabel("Icon", { exact: true }).fill("🧪");
  await badgeForm.getByLabel("How it is earned", { exact: true }).selectOption("sales");
  await badgeForm.getByLabel("At least", { exact: true }).fill("250");
  await badgeForm.getByRole("button", { name: "Save badge" }).click();
  await expect(page.getByTestId("badge-row").filter({ hasText: badgeName })).toBeVisible();

  // A tier nobody can reach, so the demo partners' tiers stay as they are.
  const tierForm = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Save tier" }) });
  await tierForm.getByLabel("Name", { exact: true }).fill(tierName);
  await tierForm.getByLabel("Key", { exact: true }).fill(tierKey);
  await tierForm.getByLabel("Points needed", { exact: true }).fill("99999999");
  await tierForm.getByLabel("Rate bonus", { exact: true }).fill("5");
  await tierForm.getByRole("button", { name: "Save tier" }).click();
  const tierRow = page.getByTestId("tier-row").filter({ hasText: tierName });
  await expect(tierRow).toContainText("5%");

  // The demo partner, in a browser of their own, sees the badge still to earn and the tier.
  const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = info.project.use;
  const partnerContext = await browser.newContext({
    baseURL,
    viewport,
    userAgent,
    deviceScaleFactor,
    isMobile,
    hasTouch,
  });
  const partner = await partnerContext.newPage();
  await demoSignIn(partner, "partner");
  await partner.goto("/portal/rewards?program=demo");
  await expect(partner.getByRole("heading", { name: "Rewards", level: 1 })).toBeVisible();
  await expect(partner.getByRole("progressbar")).toBeVisible();
  const badge = partner.getByTestId("badge").filter({ hasText: badgeName });
  await expect(badge).toHaveAttribute("data-earned", "false");
  await expect(badge).toContainText("Make 250 sales that hold");
  await expect(partner.getByText(tierName, { exact: true })).toBeVisible();
  await expect(partner.getByRole("heading", { name: "How to earn points" })).toBeVisible();
  await partnerContext.close();

  // Clean up: nobody holds the tier, so it can be deleted; the badge is archived.
  page.once("dialog", (dialog) => void dialog.accept());
  await tierRow.getByRole("button", { name: `Delete the tier ${tierName}` }).click();
  await expect(tierRow).toHaveCount(0);
  await page
    .getByTestId("badge-row")
    .filter({ hasText: badgeName })
    .getByRole("button", { name: `Archive the badge ${badgeName}` })
    .click();
  await expect(page.getByTestId("badge-row").filter({ hasText: badgeName })).toContainText(
    "Archived",
  );
});
