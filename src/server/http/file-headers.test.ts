import { describe, expect, it } from "vitest";
import { contentDisposition, dispositionFor, fileResponseHeaders } from "./file-headers";

describe("dispositionFor", () => {
  const file = { variant: "file" as const, download: false, fetchDest: null };

  it("shows raster images inline and downloads them on request", () => {
    expect(dispositionFor({ ...file, mimeType: "image/png" })).toBe("inline");
    expect(dispositionFor({ ...file, mimeType: "image/png", download: true })).toBe("attachment");
  });

  it("renders SVG inline only when loaded as an image", () => {
    expect(dispositionFor({ ...file, mimeType: "image/svg+xml" })).toBe("attachment");
    expect(dispositionFor({ ...file, mimeType: "image/svg+xml", fetchDest: "document" })).toBe(
      "attachment",
    );
    expect(dispositionFor({ ...file, mimeType: "image/svg+xml", fetchDest: "image" })).toBe(
      "inline",
    );
  });

  it("always downloads documents and always shows thumbnails", () => {
    expect(dispositionFor({ ...file, mimeType: "application/pdf" })).toBe("attachment");
    expect(dispositionFor({ ...file, mimeType: "application/zip", fetchDest: "image" })).toBe(
      "attachment",
    );
    expect(
      dispositionFor({ ...file, variant: "thumbnail", mimeType: "image/webp", download: true }),
    ).toBe("inline");
  });
});

describe("file headers", () => {
  it("names files safely in ASCII and exactly in UTF-8", () => {
    expect(contentDisposition("attachment", "Zniżka 50%.pdf")).toBe(
      `attachment; filename="Zni_ka 50_.pdf"; filename*=UTF-8''Zni%C5%BCka%2050%25.pdf`,
    );
    expect(contentDisposition("inline", `it's (1).png`)).toBe(
      `inline; filename="it's (1).png"; filename*=UTF-8''it%27s%20%281%29.png`,
    );
  });

  it("sandboxes every file and forbids sniffing", () => {
    const headers = fileResponseHeaders({
      contentType: "image/svg+xml",
      disposition: "attachment",
      fileName: "logo.svg",
      etag: '"abc"',
      length: 10,
    });
    expect(Object.fromEntries(headers)).toMatchObject({
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "x-content-type-options": "nosniff",
      "content-type": "image/svg+xml",
      "cache-control": "private, max-age=31536000, immutable",
      etag: '"abc"',
    });
  });
});
