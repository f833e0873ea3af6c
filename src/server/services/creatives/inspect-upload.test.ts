import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { DomainError } from "~/server/errors";
import {
  cleanSvg,
  hostileSvg,
  minimalPdf,
  pngClaiming,
  rasterImage,
  zipArchive,
  zipBomb,
} from "../../../../tests/support/creative-fixtures";
import { inspectUpload } from "./inspect-upload";

const text = (value: string) => new TextEncoder().encode(value);

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => {
      throw new Error("expected the upload to be refused");
    },
    (caught: unknown) => caught,
  );
  if (!(error instanceof DomainError)) throw error;
  return { code: error.code, key: error.key, ...error.params };
}

describe("inspectUpload", () => {
  it.each(["png", "jpeg", "webp", "gif"] as const)(
    "accepts a %s banner with its dimensions and a WebP thumbnail",
    async (format) => {
      const upload = await inspectUpload("banner", await rasterImage(format, 728, 90));
      expect(upload).toMatchObject({
        mimeType: `image/${format}`,
        extension: format === "jpeg" ? "jpg" : format,
        width: 728,
        height: 90,
        sanitized: false,
      });
      const thumbnail = await sharp(upload.thumbnail!).metadata();
      expect([thumbnail.format, thumbnail.width, thumbnail.height]).toEqual(["webp", 320, 40]);
    },
  );

  it("never enlarges a small image for its thumbnail", async () => {
    const upload = await inspectUpload("logo", await rasterImage("png", 120, 60));
    const thumbnail = await sharp(upload.thumbnail!).metadata();
    expect([thumbnail.width, thumbnail.height]).toEqual([120, 60]);
  });

  it("stores a script-bearing SVG sanitized, and says so", async () => {
    const upload = await inspectUpload("banner", text(hostileSvg));
    expect(upload).toMatchObject({
      mimeType: "image/svg+xml",
      extension: "svg",
      width: 300,
      height: 250,
      sanitized: true,
    });
    const svg = new TextDecoder().decode(upload.bytes);
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const hostile of [
      "<script",
      "onload",
      "onclick",
      "javascript:",
      "evil.example",
      "@import",
      "foreignObject",
      "iframe",
      "ENTITY",
    ]) {
      expect(svg, hostile).not.toContain(hostile);
    }
    // What draws stays.
    expect(svg).toContain('fill="url(#g)"');
    expect(svg).toContain("<text");
    expect(svg).toContain("linearGradient");
    expect((await sharp(upload.thumbnail!).metadata()).format).toBe("webp");
  });

  it("removes references spelled with CSS escapes or image-set", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
      <style>.a { fill: red } .b { background: \\75 rl(https://evil.example/x) }</style>
      <rect class="a" width="10" height="10" style="fill: image-set('https://evil.example/a.png' 1x)"/>
      <circle r="2" fill="u\\rl(https://evil.example/b)"/>
    </svg>`;
    const upload = await inspectUpload("logo", text(svg));
    const stored = new TextDecoder().decode(upload.bytes);
    expect(upload.sanitized).toBe(true);
    expect(stored).not.toContain("evil.example");
    expect(stored).toContain('<rect class="a" width="10" height="10"');
  });

  it("keeps a clean SVG as it is (internal references included) and does not flag it", async () => {
    const upload = await inspectUpload("logo", text(cleanSvg));
    expect(upload).toMatchObject({ width: 120, height: 40, sanitized: false });
    expect(new TextDecoder().decode(upload.bytes)).toContain('<use href="#dot"');
  });

  it("refuses a text file named .png, an HTML page and a PDF posing as a banner", async () => {
    const expected = {
      code: "BAD_REQUEST",
      key: "creative.wrongType",
      allowed: "PNG, JPEG, WebP, GIF, SVG",
    };
    expect(await refusal(inspectUpload("banner", text("just some notes\n")))).toEqual(expected);
    expect(
      await refusal(inspectUpload("banner", text("<html><script>alert(1)</script></html>"))),
    ).toEqual(expected);
    expect(await refusal(inspectUpload("banner", minimalPdf))).toEqual(expected);
    expect(await refusal(inspectUpload("document", text(cleanSvg)))).toMatchObject({
      allowed: "PDF, ZIP",
    });
  });

  it("refuses oversized and damaged images before decoding them", async () => {
    expect(await refusal(inspectUpload("banner", pngClaiming(100_000, 100_000)))).toEqual({
      code: "BAD_REQUEST",
      key: "creative.imageTooLarge",
      width: 100_000,
      height: 100_000,
      maxSide: 8000,
      maxMegapixels: 50,
    });
    expect(
      await refusal(inspectUpload("banner", await rasterImage("png", 8200, 20))),
    ).toMatchObject({ key: "creative.imageTooLarge", width: 8200 });
    const damaged = (await rasterImage("png", 300, 250)).slice(0, 60);
    expect(await refusal(inspectUpload("banner", damaged))).toMatchObject({
      key: "creative.unreadableImage",
    });
    expect(await refusal(inspectUpload("banner", new Uint8Array(6 * 1024 * 1024)))).toMatchObject({
      key: "creative.tooLarge",
      max: 5,
    });
  });

  it("accepts PDF and ZIP documents without thumbnails", async () => {
    expect(await inspectUpload("document", minimalPdf)).toMatchObject({
      mimeType: "application/pdf",
      extension: "pdf",
      thumbnail: null,
      width: null,
    });
    const zip = zipArchive([
      { name: "banners/728x90.txt", content: text("banner") },
      { name: "readme.txt", content: text("Read me") },
    ]);
    expect(await inspectUpload("document", zip)).toMatchObject({
      mimeType: "application/zip",
      extension: "zip",
    });
  });

  it("refuses zip bombs, crowded archives and damaged ones without unpacking them", async () => {
    expect(await refusal(inspectUpload("document", await zipBomb(200)))).toMatchObject({
      key: "creative.zipTooLarge",
      max: 100,
    });
    expect(await refusal(inspectUpload("document", await zipBomb(20)))).toEqual({
      code: "BAD_REQUEST",
      key: "creative.zipBomb",
      ratio: 100,
    });
    const crowded = zipArchive(
      Array.from({ length: 1001 }, (_, index) => ({ name: `f${index}.txt`, content: text("x") })),
    );
    expect(await refusal(inspectUpload("document", crowded))).toMatchObject({
      key: "creative.zipTooManyEntries",
    });
    const cut = zipArchive([{ name: "a.txt", content: text("hello") }]).slice(0, 50);
    expect(await refusal(inspectUpload("document", cut))).toMatchObject({
      key: "creative.zipInvalid",
    });
  });
});
