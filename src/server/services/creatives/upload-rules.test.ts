import { describe, expect, it } from "vitest";
import { DomainError } from "~/server/errors";
import {
  isAllowedVideoUrl,
  creativeMetaSchema,
  splitTags,
  sourceOf,
} from "~/lib/validation/creatives";
import {
  allowedTypeList,
  checkFileSize,
  checkImageDimensions,
  checkType,
  zipChecker,
  zipLimits,
} from "./upload-rules";

const MiB = 1024 * 1024;

function refusal(run: () => void) {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, key: error.key, ...error.params };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("upload rules", () => {
  it("limits sizes by kind and refuses empty files", () => {
    expect(() => checkFileSize("banner", 5 * MiB)).not.toThrow();
    expect(refusal(() => checkFileSize("banner", 5 * MiB + 1))).toEqual({
      code: "BAD_REQUEST",
      key: "creative.tooLarge",
      size: 5,
      max: 5,
    });
    expect(() => checkFileSize("document", 20 * MiB)).not.toThrow();
    expect(refusal(() => checkFileSize("document", 25 * MiB))).toMatchObject({ size: 25, max: 20 });
    expect(refusal(() => checkFileSize("logo", 0))).toMatchObject({ key: "creative.empty" });
  });

  it("accepts images for banners and logos, PDF and ZIP for documents", () => {
    expect(() => checkType("banner", { mimeType: "image/svg+xml" })).not.toThrow();
    expect(() => checkType("document", { mimeType: "application/zip" })).not.toThrow();
    expect(refusal(() => checkType("banner", { mimeType: "application/pdf" }))).toEqual({
      code: "BAD_REQUEST",
      key: "creative.wrongType",
      allowed: "PNG, JPEG, WebP, GIF, SVG",
    });
    expect(refusal(() => checkType("document", null))).toMatchObject({ allowed: "PDF, ZIP" });
    expect(allowedTypeList("logo")).toBe("PNG, JPEG, WebP, GIF, SVG");
  });

  it("refuses images over 8000 pixels a side or 50 megapixels", () => {
    expect(() => checkImageDimensions(8000, 6250)).not.toThrow();
    expect(refusal(() => checkImageDimensions(8001, 10))).toMatchObject({
      key: "creative.imageTooLarge",
      width: 8001,
      height: 10,
      maxSide: 8000,
      maxMegapixels: 50,
    });
    expect(refusal(() => checkImageDimensions(7100, 7100))).toMatchObject({
      key: "creative.imageTooLarge",
    });
    expect(refusal(() => checkImageDimensions(0, 10))).toMatchObject({
      key: "creative.unreadableImage",
    });
  });

  it("refuses zips with too many entries, too many bytes or a bomb-like ratio", () => {
    const many = zipChecker();
    for (let index = 0; index < zipLimits.entries; index += 1) {
      many({ compressedSize: 10, uncompressedSize: 10 });
    }
    expect(refusal(() => many({ compressedSize: 1, uncompressedSize: 1 }))).toMatchObject({
      key: "creative.zipTooManyEntries",
      max: 1000,
    });
    const big = zipChecker();
    big({ compressedSize: 60 * MiB, uncompressedSize: 60 * MiB });
    expect(refusal(() => big({ compressedSize: 50 * MiB, uncompressedSize: 50 * MiB }))).toEqual({
      code: "BAD_REQUEST",
      key: "creative.zipTooLarge",
      max: 100,
    });
    const bomb = zipChecker();
    expect(refusal(() => bomb({ compressedSize: 20_000, uncompressedSize: 10 * MiB }))).toEqual({
      code: "BAD_REQUEST",
      key: "creative.zipBomb",
      ratio: 100,
    });
    // A small blank file compresses well and is harmless.
    expect(() => zipChecker()({ compressedSize: 10, uncompressedSize: 64_000 })).not.toThrow();
  });
});

describe("creative input", () => {
  it("sends each kind through one source", () => {
    expect(["banner", "logo", "document"].map((kind) => sourceOf(kind as "banner"))).toEqual([
      "file",
      "file",
      "file",
    ]);
    expect(sourceOf("email_template")).toBe("text");
    expect(sourceOf("video")).toBe("video");
  });

  it("normalizes tags and language, and refuses odd ones", () => {
    expect(
      creativeMetaSchema.parse({
        name: "  Spring sale ",
        tags: splitTags("Summer, sale,, 728x90 , summer"),
        language: " PL ",
      }),
    ).toEqual({
      name: "Spring sale",
      description: "",
      language: "pl",
      tags: ["summer", "sale", "728x90"],
    });
    expect(creativeMetaSchema.parse({ name: "x", language: "" }).language).toBeNull();
    expect(creativeMetaSchema.parse({ name: "x" }).language).toBeNull();
    const bad = creativeMetaSchema.safeParse({
      name: "x",
      language: "english!",
      tags: ["<script>"],
    });
    expect(bad.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["language", "validation.creative.language"],
      ["tags.0", "validation.creative.tag"],
    ]);
    expect(
      creativeMetaSchema.safeParse({ name: "x", tags: splitTags("a,b,c,d,e,f,g,h,i,j,k") }).error
        ?.issues[0]?.message,
    ).toBe("validation.creative.tooManyTags");
  });

  it("allows video links only to known players over https", () => {
    for (const url of [
      "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
      "https://youtu.be/aqz-KE-bpKQ",
      "https://vimeo.com/76979871",
      "https://player.vimeo.com/video/76979871",
      "https://www.loom.com/share/abc",
      "https://acme.wistia.com/medias/xyz",
      "https://fast.wistia.net/embed/iframe/xyz",
    ]) {
      expect(isAllowedVideoUrl(url), url).toBe(true);
    }
    for (const url of [
      "http://www.youtube.com/watch?v=x",
      "https://youtube.com.evil.example/watch",
      "https://evilyoutube.com/watch",
      "javascript:alert(1)//youtube.com",
      "https://user:pass@youtube.com/",
      "https://youtube.com:8443/",
      "not a url",
    ]) {
      expect(isAllowedVideoUrl(url), url).toBe(false);
    }
  });
});
