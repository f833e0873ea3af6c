/**
 * The attendee list a manager pastes or uploads: a CSV with an "email" column (the export of a
 * meeting tool, a spreadsheet). Pure, so the import and its tests read files the same way.
 */

export const MAX_ATTENDANCE_ROWS = 5000;

export type AttendanceCsv =
  | { ok: true; emails: string[]; invalid: { line: number; value: string }[] }
  | { ok: false; reason: "noEmailColumn" | "tooManyRows" };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** One CSV record's fields; quotes may wrap commas and doubled quotes ("a ""b"""). */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields.map((value) => value.trim());
}

/**
 * The distinct emails (lower-cased) of the "email" column, and the rows that hold no email.
 * Tolerates a byte-order mark, blank lines, spaces, any header case, and ";" as delimiter
 * (spreadsheets in Polish and Russian locales write it). Lines count from 1, the header.
 */
export function parseAttendanceCsv(text: string): AttendanceCsv {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => line.trim() !== "");
  const header = lines[headerIndex] ?? "";
  const delimiter = header.includes(",") || !header.includes(";") ? "," : ";";
  const column = splitCsvLine(header, delimiter).findIndex((name) =>
    /^e-?mail( address)?$/i.test(name),
  );
  if (column < 0) return { ok: false, reason: "noEmailColumn" };
  const rows = lines.slice(headerIndex + 1);
  if (rows.filter((line) => line.trim() !== "").length > MAX_ATTENDANCE_ROWS)
    return { ok: false, reason: "tooManyRows" };
  const emails = new Set<string>();
  const invalid: { line: number; value: string }[] = [];
  rows.forEach((line, index) => {
    if (line.trim() === "") return;
    const value = splitCsvLine(line, delimiter)[column] ?? "";
    if (EMAIL.test(value)) emails.add(value.toLowerCase());
    else invalid.push({ line: headerIndex + index + 2, value: value.slice(0, 200) });
  });
  return { ok: true, emails: [...emails], invalid };
}
