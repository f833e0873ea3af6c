import { describe, expect, it } from "vitest";
import { maskedAccount, maskEmail } from "./masked-account";

describe("maskEmail", () => {
  it("keeps the first letters and the top-level domain only", () => {
    expect(maskEmail("seller@example.com")).toBe("s***@e***.com");
    expect(maskEmail("a@b.co.uk")).toBe("a***@b***.uk");
  });

  it("reveals nothing of something that is not an address", () => {
    expect(maskEmail("nobody")).toBe("***");
    expect(maskEmail("@example.com")).toBe("***");
  });
});

describe("maskedAccount", () => {
  it("masks an IBAN to its country, check digits and last four", () => {
    expect(
      maskedAccount({ method: "iban", iban: "PL61109010140000071219812874", paypalEmail: null }),
    ).toEqual({ method: "iban", account: "PL61 **** **** 2874" });
  });

  it("masks a PayPal address", () => {
    expect(
      maskedAccount({ method: "paypal", iban: null, paypalEmail: "seller@example.com" }),
    ).toEqual({ method: "paypal", account: "s***@e***.com" });
  });
});
