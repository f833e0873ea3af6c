import { expect, test } from "../support/test";
import { demoSignIn } from "../support/demo";

/**
 * The demo manager finds the demo partner, sorts the list by 30-day commission, opens the
 * partner's page, changes their tier, writes and deletes a private note, and finds both in
 * the audit log. The tier is put back so other specs see the seeded standing.
 */
test("a manager searches partners, sets a tier, keeps a private note, and audits it", async ({
  page,
}, info) => {
  await demoSignIn(page, "manager");
  await page.goto("/manage/demo/partners?sort=commission");
  await expect(page.getByLabel("Sort by")).toHaveValue("commission");
  await expect(page.getByTestId("partner-row").first()).toBeVisible();

  await page.getByLabel("Search", { exact: true }).fill("Paul Partner");
  await page.getByRole("button", { name: "Apply" }).click();
  const row = page.getByTestId("partner-row").filter({ hasText: "partner@demo.rally.test" });
  await expect(row).toHaveCount(1);
  await row.getByRole("link", { name: "Paul Partner" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Paul Partner" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Performance" })).toBeVisible();
  const partnerPage = page.url();

  const tier = page.getByLabel("Tier", { exact: true });
  const original = await tier.inputValue();
  await tier.selectOption("silver");
  await page.getByRole("button", { name: "Save tier" }).click();
  await expect(page.getByText("Tier saved.")).toBeVisible();
  await expect(page.getByText("Tier: silver")).toBeVisible();

  const text = `E2E note ${info.project.name} ${Date.now()}`;
  await page.getByLabel("New note").fill(text);
  await page.getByRole("button", { name: "Add note" }).click();
  const note = page.getByTestId("partner-note").filter({ hasText: text });
  await expect(note).toHaveCount(1);
  page.once("dialog", (dialog) => void dialog.accept());
  await note.getByRole("button", { name: /^Delete the note of/ }).click();
  await expect(note).toHaveCount(0);

  await page.goto("/manage/demo/audit?action=partnerNote.deleted");
  await expect(page.getByTestId("audit-entry").first()).toContainText(text);
  await page.goto("/manage/demo/audit?action=enrollment.tierSet&q=partner%40demo.rally.test");
  await expect(page.getByTestId("audit-entry").first()).toContainText("→ silver");

  await page.goto(partnerPage);
  await page.getByLabel("Tier", { exact: true }).selectOption(original);
  await page.getByRole("button", { name: "Save tier" }).click();
  await expect(page.getByText("Tier saved.")).toBeVisible();
});
