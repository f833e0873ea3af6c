import { describe, expect, it } from "vitest";
import { isValidIban, maskIban, normalizeIban } from "./iban";

const VALID = [
  "GB82WEST12345698765432",
  "DE89370400440532013000",
  "PL61109010140000071219812874",
  "FR1420041010050500013M02606",
  "ES9121000418450200051332",
  "IT60X0542811101000000123456",
  "NL91ABNA0417164300",
  "BE68539007547034",
  "CH9300762011623852957",
  "NO9386011117947",
  "MT84MALT011000012345MTLCAST001S",
];

describe("normalizeIban", () => {
  it("strips whitespace and upper-cases", () => {
    expect(normalizeIban(" pl61 1090 1014\t0000 0712 1981 2874 ")).toBe(
      "PL61109010140000071219812874",
    );
  });
});

describe("isValidIban", () => {
  it.each(VALID)("accepts %s", (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it("accepts the printed form with spaces and lower case", () => {
    expect(isValidIban("GB82 WEST 1234 5698 7654 32")).toBe(true);
    expect(isValidIban("de89 3704 0044 0532 0130 00")).toBe(true);
  });

  it.each(VALID)("rejects %s with any single digit changed", (iban) => {
    for (let i = 2; i < iban.length; i++) {
      const char = iban[i] ?? "";
      if (!/[0-9]/.test(char)) continue;
      const changed = String((Number(char) + 1) % 10);
      expect(isValidIban(iban.slice(0, i) + changed + iban.slice(i + 1))).toBe(false);
    }
  });

  it("rejects swapped adjacent digits", () => {
    expect(isValidIban("DE89370400440532013000".replace("0532", "0523"))).toBe(false);
    expect(isValidIban("PL61109010140000071219812874".replace("2874", "2847"))).toBe(false);
  });

  it("rejects wrong lengths for known countries", () => {
    expect(isValidIban("DE8937040044053201300")).toBe(false);
    expect(isValidIban("DE893704004405320130000")).toBe(false);
    expect(isValidIban("PL6110901014000007121981287")).toBe(false);
  });

  it("applies the general bounds to unknown countries", () => {
    // ZZ is not in the table: a correct checksum at 15-34 characters passes, outside fails.
    expect(isValidIban(withCheckDigits("ZZ", "12345678901"))).toBe(true);
    expect(isValidIban(withCheckDigits("ZZ", "1234567890"))).toBe(false);
    expect(isValidIban(withCheckDigits("ZZ", "1".repeat(30)))).toBe(true);
    expect(isValidIban(withCheckDigits("ZZ", "1".repeat(31)))).toBe(false);
  });

  it.each(["", "PL", "PL61", "1261109010140000071219812874", "PLAB109010140000071219812874"])(
    "rejects malformed %j",
    (input) => {
      expect(isValidIban(input)).toBe(false);
    },
  );

  it("rejects punctuation inside the account", () => {
    expect(isValidIban("GB82-WEST-1234-5698-7654-32")).toBe(false);
    expect(isValidIban("GB82WEST1234569876543!")).toBe(false);
  });
});

describe("maskIban", () => {
  it("shows the country, check digits and last four", () => {
    expect(maskIban("PL61109010140000071219812874")).toBe("PL61 **** **** 2874");
    expect(maskIban("gb82 west 1234 5698 7654 32")).toBe("GB82 **** **** 5432");
  });

  it("reveals nothing of something too short to be an IBAN", () => {
    expect(maskIban("PL61")).toBe("****");
  });
});

// Computes real check digits so the unknown-country cases test length, not checksum.
function withCheckDigits(country: string, bban: string): string {
  const digits = (bban + country + "00").replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = 98n - (BigInt(digits) % 97n);
  return country + String(check).padStart(2, "0") + bban;
}
