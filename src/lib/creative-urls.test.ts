import { describe, expect, it } from "vitest";
import { creativeFileUrl, creativeThumbnailUrl, publicCreativeImageUrl } from "./creative-urls";

const id = "0b9f8d2e-5c1a-4e07-9a51-3f2f8c1d7e44";

describe("creative addresses", () => {
  it("names the signed-in file, download and thumbnail routes", () => {
    expect(creativeFileUrl(id)).toBe(`/api/creatives/${id}/file`);
    expect(creativeFileUrl(id, { download: true })).toBe(`/api/creatives/${id}/file?download=1`);
    expect(creativeThumbnailUrl(id)).toBe(`/api/creatives/${id}/thumbnail`);
  });

  it("makes an absolute public image address with a readable file name", () => {
    expect(
      publicCreativeImageUrl(
        { id, name: "Spring sale — 728×90 <b>", mimeType: "image/png" },
        "https://app.example.com/",
      ),
    ).toBe(`https://app.example.com/api/public/creatives/${id}/spring-sale-728-90-b.png`);
    expect(
      publicCreativeImageUrl({ id, name: "Логотип", mimeType: "image/svg+xml" }, "https://a.b"),
    ).toBe(`https://a.b/api/public/creatives/${id}/creative.svg`);
    expect(publicCreativeImageUrl({ id, name: "x", mimeType: null }, "https://a.b")).toMatch(
      /\/x\.img$/,
    );
  });
});
