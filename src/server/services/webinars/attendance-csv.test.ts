import { describe, expect, it } from "vitest";
import { MAX_ATTENDANCE_ROWS, parseAttendanceCsv, splitCsvLine } from "./attendance-csv";

describe("attendance CSV", () => {
  it("reads the email column with a BOM, spaces, CRLF and any header case", () => {
    const csv = "\uFEFF Name , EMAIL \r\nAnna, Anna@Example.com \r\n\r\nBob,bob@example.com\r\n";
    expect(parseAttendanceCsv(csv)).toEqual({
      ok: true,
      emails: ["anna@example.com", "bob@example.com"],
      invalid: [],
    });
  });

  it("reports rows without an email by line number and drops repeats", () => {
    const csv = "email\nx@example.com\nnot-an-email\nX@example.com\n\n";
    expect(parseAttendanceCsv(csv)).toEqual({
      ok: true,
      emails: ["x@example.com"],
      invalid: [{ line: 3, value: "not-an-email" }],
    });
  });

  it("accepts semicolons and quoted fields", () => {
    expect(parseAttendanceCsv('"Full name";E-mail\n"Kowalski; Jan";jan@example.pl')).toEqual({
      ok: true,
      emails: ["jan@example.pl"],
      invalid: [],
    });
    expect(splitCsvLine('"a ""b""",c', ",")).toEqual(['a "b"', "c"]);
  });

  it("refuses a file without an email column or with too many rows", () => {
    expect(parseAttendanceCsv("name\nAnna")).toEqual({ ok: false, reason: "noEmailColumn" });
    expect(parseAttendanceCsv("")).toEqual({ ok: false, reason: "noEmailColumn" });
    const big = [
      "email",
      ...Array.from({ length: MAX_ATTENDANCE_ROWS + 1 }, (_, i) => `p${i}@x.io`),
    ];
    expect(parseAttendanceCsv(big.join("\n"))).toEqual({ ok: false, reason: "tooManyRows" });
  });
});
