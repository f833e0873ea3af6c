import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { newClickId } from "~/server/tracking/click-id";
import { locationFor, locationTemplate } from "./location";

const at = (destination: string, id = "ID123") => {
  const template = locationTemplate(destination);
  return template && locationFor(template, id);
};

describe("locationTemplate", () => {
  it("appends the click id, keeping the query and the fragment", () => {
    expect(at("https://shop.example.com/p")).toBe("https://shop.example.com/p?rly_click=ID123");
    expect(at("https://shop.example.com/p?")).toBe("https://shop.example.com/p?rly_click=ID123");
    expect(at("https://shop.example.com/p?a=1&b=x%20y#top")).toBe(
      "https://shop.example.com/p?a=1&b=x%20y&rly_click=ID123#top",
    );
    expect(at("http://shop.example.com")).toBe("http://shop.example.com/?rly_click=ID123");
  });

  it("replaces a click id already in the destination", () => {
    expect(at("https://shop.example.com/?rly_click=old&a=1")).toBe(
      "https://shop.example.com/?a=1&rly_click=ID123",
    );
  });

  it("serialises to a header-safe URL", () => {
    expect(at("https://shop.example.com/ścieżka?q=zażółć#część")).toBe(
      "https://shop.example.com/%C5%9Bcie%C5%BCka?q=za%C5%BC%C3%B3%C5%82%C4%87&rly_click=ID123#cz%C4%99%C5%9B%C4%87",
    );
    expect(at("https://xn--80ak6aa92e.com/")).toBe("https://xn--80ak6aa92e.com/?rly_click=ID123");
  });

  it("refuses anything but an absolute http(s) URL", () => {
    for (const bad of [
      "javascript:alert(1)",
      "/relative",
      "shop.example.com",
      "ftp://x.com/",
      "data:text/html,hi",
      "",
    ]) {
      expect(locationTemplate(bad)).toBeNull();
    }
  });

  it("gives the same URL as the URL API, with the click id as the last parameter", () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (destination) => {
        const id = newClickId();
        const location = at(destination, id);
        expect(location).not.toBeNull();
        expect(location).toMatch(/^[\x21-\x7e]+$/);
        const got = new URL(location!);
        const want = new URL(destination);
        want.searchParams.delete("rly_click");
        expect(got.origin).toBe(want.origin);
        expect(got.pathname).toBe(want.pathname);
        expect(got.hash).toBe(want.hash);
        expect(got.searchParams.getAll("rly_click")).toEqual([id]);
        expect([...got.searchParams].slice(0, -1)).toEqual([...want.searchParams]);
      }),
      { numRuns: 500 },
    );
  });
});
