import { describe, expect, it } from "vitest";
import { qrCodePng, qrCodeSvg } from "./qr-code";

describe("QR codes", () => {
  it("renders the tracking URL as SVG and PNG", async () => {
    const svg = await qrCodeSvg("https://go.example.com/r/Ab3dE9xZ");
    expect(svg).toMatch(/^<svg[^>]*viewBox/);
    expect(svg).not.toContain("<script");
    const png = await qrCodePng("https://go.example.com/r/Ab3dE9xZ");
    expect(png).toMatch(/^data:image\/png;base64,/);
    const bytes = Buffer.from(png.split(",")[1]!, "base64");
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  });

  it("encodes different text differently", async () => {
    expect(await qrCodeSvg("https://a.example/r/1")).not.toBe(
      await qrCodeSvg("https://a.example/r/2"),
    );
  });
});
