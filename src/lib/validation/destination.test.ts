import { describe, expect, it } from "vitest";
import { checkDestination, isAllowedHost } from "./destination";

const allowed = ["shop.example.com", "xn--sklep-zb-o8a.pl"];

describe("checkDestination", () => {
  it.each([
    ["https://shop.example.com/", "https://shop.example.com/"],
    ["https://shop.example.com/p?id=1#top", "https://shop.example.com/p?id=1#top"],
    ["http://shop.example.com", "http://shop.example.com/"],
    ["HTTPS://SHOP.Example.COM/Path", "https://shop.example.com/Path"],
    ["https://shop.example.com./x", "https://shop.example.com/x"],
    ["https://eu.shop.example.com/x", "https://eu.shop.example.com/x"],
    ["shop.example.com/product", "https://shop.example.com/product"],
    ["  https://shop.example.com/a b  ", "https://shop.example.com/a%20b"],
    ["https://shop%2Eexample.com/", "https://shop.example.com/"],
    ["https://shop.example.com:8443/", "https://shop.example.com:8443/"],
    ["https://shop.example.com\\@evil.com", "https://shop.example.com/@evil.com"],
  ])("accepts %j as %j", (input, url) => {
    expect(checkDestination(input, allowed)).toEqual({
      ok: true,
      url,
      hostname: new URL(url).hostname,
    });
  });

  it("accepts international names in either spelling", () => {
    const check = checkDestination("https://Sklep-Ząb.pl/koszyk", ["sklep-ząb.pl"]);
    expect(check).toMatchObject({ ok: true });
    expect(check.ok && check.hostname).toMatch(/^xn--/);
    expect(checkDestination("https://www.SKLEP-ZĄB.pl/", allowed)).toMatchObject({
      ok: true,
      url: "https://www.xn--sklep-zb-o8a.pl/",
    });
    // Without the ogonek it is another name, and another owner.
    expect(checkDestination("https://sklep-zab.pl/", allowed)).toMatchObject({ ok: false });
  });

  it.each([
    ["https://shop.example.com.evil.com/", "domain"],
    ["https://evil.com/?shop.example.com", "domain"],
    ["https://evil.com/shop.example.com", "domain"],
    ["https://evil.com#shop.example.com", "domain"],
    ["https://notshop.example.com/", "domain"],
    ["https://example.com/", "domain"],
    ["https://shop.example.com..", "domain"],
    ["https://192.168.0.1/", "domain"],
    ["https://[::1]/", "domain"],
    ["//evil.com/", "domain"],
    ["https:evil.com", "domain"],
    ["https://shop.example.com@evil.com/", "credentials"],
    ["https://a..shop.example.com/", "domain"],
    ["https://user:pass@shop.example.com/", "credentials"],
    ["https://shop.example.com:@shop.example.com/", "credentials"],
    ["javascript:alert(document.domain)//shop.example.com", "scheme"],
    ["JaVaScRiPt:alert(1)", "scheme"],
    ["data:text/html,<script>alert(1)</script>", "scheme"],
    ["ftp://shop.example.com/file", "scheme"],
    ["mailto:a@shop.example.com", "scheme"],
    ["https://", "invalid"],
    ["", "invalid"],
    ["https://exa mple.com", "invalid"],
    [`https://shop.example.com/${"a".repeat(2000)}`, "tooLong"],
  ])("refuses %j (%s)", (input, problem) => {
    expect(checkDestination(input, allowed)).toEqual({ ok: false, problem });
  });

  it("refuses everything when the program allows no domain", () => {
    expect(checkDestination("https://shop.example.com/", [])).toMatchObject({ ok: false });
  });

  it("checks the length after normalisation too", () => {
    const spaces = `https://shop.example.com/${" x".repeat(900)}`;
    expect(spaces.length).toBeLessThanOrEqual(2000);
    expect(checkDestination(spaces, allowed)).toEqual({ ok: false, problem: "tooLong" });
  });
});

describe("isAllowedHost", () => {
  it("matches whole labels only", () => {
    expect(isAllowedHost("a.b.shop.example.com", allowed)).toBe(true);
    expect(isAllowedHost("SHOP.EXAMPLE.COM.", allowed)).toBe(true);
    expect(isAllowedHost("xshop.example.com", allowed)).toBe(false);
    expect(isAllowedHost("shop.example.co", allowed)).toBe(false);
    expect(isAllowedHost("shop.example.com..", allowed)).toBe(false);
    expect(isAllowedHost("", allowed)).toBe(false);
  });
});
