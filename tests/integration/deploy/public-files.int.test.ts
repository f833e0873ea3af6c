/**
 * public/: the web app manifest and its icons, robots.txt, and that the request proxy lets
 * them through with the security headers every answer gets.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "~/env";
import { config, proxy } from "~/proxy";
import { read, root } from "./files";

type Manifest = {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
};

const manifest = JSON.parse(read("public/manifest.webmanifest")) as Manifest;
const publicFiles = readdirSync(path.join(root, "public")).map((file) => `/${file}`);

async function size(file: string) {
  const { width, height, format } = await sharp(path.join(root, "public", file)).metadata();
  return { width, height, format };
}

afterEach(() => resetEnvForTests());

describe("public files", () => {
  it("describe Rally as an app that opens on the portal, in the brand's colours", () => {
    expect(manifest).toMatchObject({
      name: "Rally",
      short_name: "Rally",
      start_url: "/portal",
      display: "standalone",
    });
    const brand = /--color-brand-600:\s*(#[0-9a-f]{6})/i.exec(read("src/app/globals.css"))?.[1];
    expect(manifest.theme_color).toBe(brand);
    expect(read("src/app/layout.tsx")).toContain('manifest: "/manifest.webmanifest"');
  });

  it("come with every icon the manifest names, at its size, and an iOS home screen icon", async () => {
    const purposes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
    expect(purposes).toEqual(
      expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]),
    );
    for (const icon of manifest.icons) {
      const [width, height] = icon.sizes.split("x").map(Number);
      expect(await size(icon.src), icon.src).toEqual({ width, height, format: "png" });
    }
    expect(await size("apple-touch-icon.png")).toEqual({ width: 180, height: 180, format: "png" });
  });

  it("keep search engines away", () => {
    expect(read("public/robots.txt")).toBe("User-agent: *\nDisallow: /\n");
  });

  it("are served through the proxy, with security headers and without a sign-in redirect", async () => {
    expect(publicFiles).toEqual(
      expect.arrayContaining(["/robots.txt", "/manifest.webmanifest", "/icon-192.png"]),
    );
    for (const file of publicFiles) {
      expect(existsSync(path.join(root, "public", file))).toBe(true);
      expect(unstable_doesMiddlewareMatch({ config, url: file }), file).toBe(true);
      resetEnvForTests({ AUTH_URL: "https://app.example.com", NODE_ENV: "production" });
      const response = proxy(new NextRequest(new URL(file, "https://app.example.com")));
      expect(response.headers.get("location"), file).toBeNull();
      expect(response.headers.get("x-content-type-options"), file).toBe("nosniff");
      expect(response.headers.get("strict-transport-security"), file).toBeTruthy();
    }
  });
});
