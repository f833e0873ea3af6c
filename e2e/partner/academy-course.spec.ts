import { expect, test } from "../support/test";
import { demoSignIn } from "../support/demo";

test("a partner completes a course and its quiz and sees the certificate and badge", async ({
  page,
  browser,
}, info) => {
  const title = `E2E course ${info.project.name} ${Date.now()}`;
  const explanation = "Cookies count for 30 days in this program.";

  // The manager writes a course: one lesson, one single-choice quiz, then publishes it.
  await demoSignIn(page, "manager");
  await page.goto("/manage/demo/academy/new");
  // The editors are client forms: typing before they hydrate would be wiped by hydration.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Summary", { exact: true }).fill("How tracking pays you.");
  // Badges are defined on the rewards page; pick one when the program has any.
  const badgeSelect = page.getByLabel("Badge on completion");
  const badgeOptions = await badgeSelect.locator("option").allTextContents();
  const badgeName = badgeOptions[1]?.trim() ?? null;
  if (badgeName) await badgeSelect.selectOption({ label: badgeName });
  await page.getByRole("button", { name: "Create course" }).click();
  await expect(page).toHaveURL(/\/manage\/demo\/academy\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("course-title")).toHaveText(title);

  await page.getByRole("link", { name: "Add lesson" }).click();
  await page.waitForURL(/\/lessons\/new/);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Title", { exact: true }).fill("How links work");
  await page
    .getByLabel("Text (Markdown)")
    .fill("## Your link\n\nEvery click on your link is **remembered for 30 days**.");
  await page.getByRole("button", { name: "Save lesson" }).click();
  await expect(page.getByTestId("manage-lesson")).toHaveCount(1);

  await page.getByRole("link", { name: "Add quiz" }).click();
  await page.waitForURL(/\/lessons\/new\?kind=quiz/);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Title", { exact: true }).fill("Check your knowledge");
  await page.getByLabel("Pass mark (%)").fill("100");
  const question = page.getByTestId("question-editor");
  await question.getByLabel("Question", { exact: true }).fill("How long does a click count?");
  await question.getByLabel("Option 1", { exact: true }).fill("30 days");
  await question.getByLabel("Option 2", { exact: true }).fill("1 hour");
  await question.getByLabel("Correct (option 1)").check();
  await question.getByLabel("Explanation", { exact: true }).fill(explanation);
  await page.getByRole("button", { name: "Save quiz" }).click();
  await expect(page.getByTestId("manage-lesson")).toHaveCount(2);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("button", { name: "Back to draft" })).toBeVisible();

  // The partner finds it in the academy and takes it.
  await demoSignIn(page, "partner");
  await page.goto("/portal/academy");
  const card = page.getByTestId("catalogue-course").filter({ hasText: title });
  await expect(card).toContainText("0 of 2 lessons done");
  await card.getByRole("link", { name: `Start: ${title}` }).click();

  await expect(page.getByRole("heading", { level: 1, name: "How links work" })).toBeVisible();
  await expect(page.getByTestId("lesson-body").locator("strong")).toHaveText(
    "remembered for 30 days",
  );
  await page.getByRole("button", { name: "Mark complete and continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Check your knowledge" })).toBeVisible();
  const quiz = page.getByRole("group", { name: /How long does a click count\?/ });
  await quiz.getByRole("radio", { name: "1 hour" }).check();
  await page.getByRole("button", { name: "Check my answers" }).click();
  const result = page.getByTestId("quiz-result");
  await expect(result.getByRole("heading", { name: "Not passed yet" })).toBeVisible();
  await expect(result).toContainText("You scored 0%.");
  await expect(result.getByTestId("explanation")).toHaveText(explanation);
  await expect(result).toContainText("Correct answer: 30 days");

  await result.getByRole("button", { name: "Try again" }).click();
  await page
    .getByRole("group", { name: /How long does a click count\?/ })
    .getByRole("radio", { name: "30 days" })
    .check();
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(result.getByRole("heading", { name: "You passed!" })).toBeVisible();
  await result.getByRole("link", { name: "Finish the course" }).click();

  // The completion screen: the badge (when one was picked) and the certificate.
  const complete = page.getByTestId("course-complete");
  await expect(complete).toContainText("Congratulations, you completed the course!");
  if (badgeName) await expect(complete.getByTestId("course-badge")).toContainText(badgeName);
  await complete.getByRole("link", { name: "View your certificate" }).click();

  await expect(page).toHaveURL(/\/certificates\/[A-Za-z0-9_-]{16}$/);
  const certificate = page.getByTestId("certificate");
  await expect(certificate.getByTestId("certificate-name")).toHaveText("Paul Partner");
  await expect(certificate.getByTestId("certificate-course")).toHaveText(title);
  await expect(certificate).toContainText("Northwind");
  const verificationUrl = (await certificate.getByTestId("certificate-url").textContent())!.trim();
  expect(new URL(verificationUrl).pathname).toBe(new URL(page.url()).pathname);

  // Anyone with the link can check it, without a session.
  const stranger = await browser.newContext();
  try {
    const anonymous = await stranger.newPage();
    await anonymous.goto(verificationUrl);
    await expect(anonymous).toHaveURL(verificationUrl);
    await expect(anonymous.getByTestId("certificate-name")).toHaveText("Paul Partner");
    await expect(anonymous.getByTestId("certificate-course")).toHaveText(title);
    await expect(anonymous.getByRole("button", { name: "Print / save as PDF" })).toBeVisible();
  } finally {
    await stranger.close();
  }

  // Back in the catalogue the course shows as done, with its certificate.
  await page.goto("/portal/academy");
  await expect(card).toContainText("2 of 2 lessons done");
  await expect(card.getByRole("link", { name: "Certificate" })).toBeVisible();
});
