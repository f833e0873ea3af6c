import { describe, expect, it } from "vitest";
import { CERTIFICATE_CODE, newCertificateCode } from "./certificate-code";

describe("newCertificateCode", () => {
  it("is 16 url-safe characters, different every time", () => {
    const codes = Array.from({ length: 200 }, () => newCertificateCode());
    for (const code of codes) expect(code).toMatch(CERTIFICATE_CODE);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
