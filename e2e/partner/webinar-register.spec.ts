import { readFile } from "node:fs/promises";
import { expect, test } from "../support/test";
import { demoSignIn } from "../support/demo";

/** Tomorrow's date in `zone` as the datetime-local input wants it (YYYY-MM-DD). */
function tomorrowIn(zone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(
    new Date(Date.now() + 24 * 3_600_000),
  );
}

test("a partner registers for a webinar and downloads the calendar file", async ({
  browser,
  page,
}, info) => {
  const title = `E2E webinar ${info.project.name} ${Date.now()}`;

  // The demo manager schedules it through the console.
  await demoSignIn(page, "manager");
  await page.goto("/manage/demo/webinars");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Description", { exact: true }).fill("Made by the end-to-end test.");
  await page.getByLabel("Starts at", { exact: true }).fill(`${tomorrowIn("Europe/Warsaw")}T10:00`);
  await page.getByLabel("Time zone", { exact: true }).selectOption("Europe/Warsaw");
  await page.getByLabel("Duration (minutes)", { exact: true }).fill("45");
  await page.getByLabel("Join link", { exact: true }).fill("https://meet.example.com/e2e");
  await page.getByRole("button", { name: "Schedule webinar" }).click();
  await expect(page.getByTestId("webinar-created")).toContainText("Webinar scheduled.");
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();

  // The demo partner, in a browser of their own, registers.
  const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = info.project.use;
  const partnerContext = await browser.newContext({
    baseURL,
    viewport,
    userAgent,
    deviceScaleFactor,
    isMobile,
    hasTouch,
    acceptDownloads: true,
  });
  const partner = await partnerContext.newPage();
  try {
    await demoSignIn(partner, "partner");
    await partner.goto("/portal/webinars");
    const card = partner.getByTestId("webinar-card").filter({ hasText: title });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText("(Europe/Warsaw)");
    await card.getByRole("button", { name: `Register for ${title}` }).click();
    await expect(card.getByTestId("webinar-confirmation")).toContainText("You are registered");
    await expect(
      card.getByRole("button", { name: `Cancel registration for ${title}` }),
    ).toBeVisible();

    const calendarLink = card.getByRole("link", { name: "Add to calendar (.ics)" });
    const [download] = await Promise.all([partner.waitForEvent("download"), calendarLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^e2e-webinar-.*\.ics$/);
    const text = await readFile((await download.path())!, "utf8");
    const unfolded = text.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("BEGIN:VCALENDAR");
    expect(unfolded).toContain(`SUMMARY:${title}`);
    expect(unfolded).toMatch(/DTSTART:\d{8}T\d{6}Z/);

    // The confirmation notice is in the portal too.
    await partner.getByTestId("notices-button").click();
    await expect(
      partner.getByTestId("notice").filter({ hasText: `You are registered for ${title}` }),
    ).toBeVisible();
  } finally {
    await partnerContext.close();
  }
});
