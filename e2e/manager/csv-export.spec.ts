import { readFile } from "node:fs/promises";
import { expect, test } from "../support/test";
import { demoSignIn } from "../support/demo";

/** RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) throw new Error("the file does not end with a complete line");
  return rows;
}

test("the manager exports the analytics' daily trend as a CSV file that opens", async ({
  page,
}) => {
  await demoSignIn(page, "manager");
  await page.goto("/manage/demo/analytics");
  await expect(page.getByRole("heading", { name: "Analytics", level: 2 })).toBeVisible();

  const button = page.getByRole("button", { name: /Export CSV\s*:\s*daily trend/ });
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(download.suggestedFilename()).toMatch(
    /^daily-demo-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const text = await readFile((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff); // the byte-order mark spreadsheets need for UTF-8

  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual([
    "day",
    "clicks",
    "unique_clicks",
    "conversions",
    "sales",
    "revenue",
    "partner_revenue",
    "refunded",
    "commission",
    "currency",
  ]);
  // The default period is the last 30 days: one row per day, every one complete.
  expect(rows).toHaveLength(30);
  for (const row of rows) {
    expect(row).toHaveLength(header!.length);
    expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row[1]).toMatch(/^\d+$/);
    expect(row[5]).toMatch(/^\d+(\.\d+)?$/);
    expect(row[9]).toMatch(/^[A-Z]{3}$/);
  }
});

test("the conversions page exports what its filter shows", async ({ page }) => {
  await demoSignIn(page, "manager");
  await page.goto("/manage/demo/conversions?type=sale");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /^Export CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^conversions-demo-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = parseCsv((await readFile((await download.path())!, "utf8")).slice(1));
  expect(header?.slice(0, 3)).toEqual(["conversion_id", "occurred_at", "type"]);
  expect(rows.length).toBeGreaterThan(0);
  expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(["sale"]));
});
