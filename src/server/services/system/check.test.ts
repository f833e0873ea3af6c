import { describe, expect, it } from "vitest";
import { formatBytes, formatChecks } from "./check";

describe("formatChecks", () => {
  it("aligns the checks, shows the fix of a failed one only, and sums up", () => {
    const text = formatChecks([
      { name: "database", ok: true, detail: "PostgreSQL 18.1 at db:5432/rally", fix: "unused" },
      {
        name: "spool",
        ok: false,
        detail: "/var/spool is a file",
        fix: "Point SPOOL_DIR elsewhere.",
      },
    ]);
    expect(text.split("\n")).toEqual([
      "ok    database  PostgreSQL 18.1 at db:5432/rally",
      "FAIL  spool     /var/spool is a file",
      "                fix: Point SPOOL_DIR elsewhere.",
      "",
      "1 of 2 checks failed.",
    ]);
  });

  it("says so when everything passed", () => {
    expect(formatChecks([{ name: "email", ok: true, detail: "outbox" }])).toBe(
      "ok    email  outbox\n\nEverything checked is fine.",
    );
  });
});

describe("formatBytes", () => {
  it("counts in powers of 1024 with one decimal below 100", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(150 * 1024 ** 3)).toBe("150 GB");
    expect(formatBytes(2 * 1024 ** 4)).toBe("2.0 TB");
  });
});
