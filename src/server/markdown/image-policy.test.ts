import { describe, expect, it } from "vitest";
import { allowedImageUrl } from "./image-policy";

const policy = { appOrigin: "https://rally.example.org", allowedHosts: ["cdn.shop.example"] };

describe("allowedImageUrl", () => {
  it("keeps the program's own files, relative or absolute, as absolute addresses", () => {
    expect(allowedImageUrl("/api/creatives/abc/file", policy)).toBe(
      "https://rally.example.org/api/creatives/abc/file",
    );
    expect(allowedImageUrl("https://rally.example.org/api/creatives/abc/thumbnail", policy)).toBe(
      "https://rally.example.org/api/creatives/abc/thumbnail",
    );
  });

  it("keeps an allowed host over https, by its exact name", () => {
    expect(allowedImageUrl("https://cdn.shop.example/banner.png", policy)).toBe(
      "https://cdn.shop.example/banner.png",
    );
    expect(allowedImageUrl("https://CDN.shop.example./b.png", policy)).toBe(
      "https://cdn.shop.example./b.png",
    );
  });

  it.each([
    ["a foreign host", "https://tracker.example/pixel.gif"],
    ["a subdomain of an allowed host", "https://x.cdn.shop.example/p.gif"],
    ["a look-alike host", "https://cdn.shop.example.evil.example/p.gif"],
    ["credentials before a foreign host", "https://cdn.shop.example@evil.example/p.gif"],
    ["the allowed name in the path", "https://evil.example/cdn.shop.example/p.gif"],
    ["a protocol-relative foreign address", "//evil.example/p.gif"],
    ["plain http to an allowed host", "http://cdn.shop.example/banner.png"],
    ["another path on the app's origin", "/api/users/me"],
    ["the app's path on another origin", "https://evil.example/api/creatives/abc/file"],
    ["a data URL", "data:image/gif;base64,R0lGODlhAQABAAAAACw="],
    ["nothing", ""],
  ])("drops %s", (_, src) => {
    expect(allowedImageUrl(src, policy)).toBeNull();
  });
});
