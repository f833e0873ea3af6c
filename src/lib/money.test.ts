import { describe, expect, it } from "vitest";
import {
  currencyDigits,
  formatMoney,
  minorToDecimal,
  MoneyFormatError,
  parseDecimal,
  parseMoney,
  scaledToDecimal,
} from "./money";

describe("parseMoney", () => {
  it.each([
    ["12.50", "EUR", 1250n],
    ["12.5", "EUR", 1250n],
    ["12,5", "PLN", 1250n],
    ["12", "USD", 1200n],
    [" 0.01 ", "USD", 1n],
    [".5", "USD", 50n],
    ["7.", "USD", 700n],
    ["12.500", "EUR", 1250n],
    ["1500", "JPY", 1500n],
    ["1.234", "KWD", 1234n],
    ["-3.10", "EUR", -310n],
    ["0", "EUR", 0n],
  ] as const)("reads %j %s as %s minor units", (input, currency, expected) => {
    expect(parseMoney(input, currency)).toBe(expected);
  });

  it("is exact where floats are not", () => {
    // 0.29 * 100 is 28.999999999999996 as a float.
    expect(parseMoney("0.29", "USD")).toBe(29n);
    expect(parseMoney("1.15", "EUR")).toBe(115n);
    expect(parseMoney("92233720368547758.07", "USD")).toBe(9223372036854775807n);
  });

  it.each([
    ["12.345", "EUR"],
    ["1.5", "JPY"],
    ["", "EUR"],
    [".", "EUR"],
    ["1,250.00", "USD"],
    ["1 250", "PLN"],
    ["12.50 €", "EUR"],
    ["1e3", "USD"],
    ["abc", "USD"],
    ["--1", "USD"],
    ["0x10", "USD"],
  ] as const)("refuses %j in %s", (input, currency) => {
    expect(() => parseMoney(input, currency)).toThrow(MoneyFormatError);
  });

  it("tells the digits of the currency in the error", () => {
    expect(() => parseMoney("1.5", "JPY")).toThrow(expect.objectContaining({ digits: 0 }));
  });
});

describe("decimals", () => {
  it("knows each currency's minor digits", () => {
    expect([currencyDigits("EUR"), currencyDigits("jpy"), currencyDigits("KWD")]).toEqual([
      2, 0, 3,
    ]);
  });

  it("scales percentages and back", () => {
    expect(parseDecimal("7.5", 2)).toBe(750n);
    expect(parseDecimal("7.55", 1)).toBeNull();
    expect(scaledToDecimal(750n, 2)).toBe("7.50");
    expect(scaledToDecimal(-5n, 2)).toBe("-0.05");
    expect(scaledToDecimal(42n, 0)).toBe("42");
  });

  it("round-trips minor units through the form text", () => {
    for (const minor of [0n, 1n, 99n, 100n, 123456789n, -250n]) {
      expect(parseMoney(minorToDecimal(minor, "EUR"), "EUR")).toBe(minor);
    }
    expect(minorToDecimal(1234n, "KWD")).toBe("1.234");
    expect(minorToDecimal(1500n, "JPY")).toBe("1500");
  });
});

describe("formatMoney", () => {
  it("formats per locale with the currency", () => {
    expect(formatMoney(1250n, "USD", "en")).toBe("$12.50");
    expect(formatMoney(12345678n, "PLN", "pl").replace(/\s/g, " ")).toBe("123 456,78 zł");
    expect(formatMoney(1500n, "JPY", "en")).toBe("¥1,500");
    expect(formatMoney(-5n, "EUR", "en")).toBe("-€0.05");
  });

  it("keeps every digit of amounts beyond 2^53", () => {
    expect(formatMoney(9007199254740993n, "USD", "en")).toBe("$90,071,992,547,409.93");
  });
});
