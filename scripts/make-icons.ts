/**
 * The PNG icons in public/ (web app manifest, iOS home screen), drawn from src/app/icon.svg:
 * `npx tsx scripts/make-icons.ts` after changing the SVG, then commit the PNGs. The build does
 * not run it, so a production build needs no image tools beyond what serves the app.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "..");
const svg = readFileSync(path.join(root, "src/app/icon.svg"));
/** The SVG's own width: its viewBox is 32 units square. */
const SVG_SIZE = 32;
/** The icon's square colour (brand-600 in src/app/globals.css). */
const BRAND = "#4f46e5";

type Icon = {
  file: string;
  size: number;
  /**
   * Filled to the edges: iOS and Android's maskable icons cut their own shape, and would show
   * the rounded corners' transparency as black or white. The letter stays in the middle 80 %.
   */
  fullBleed?: boolean;
};

const ICONS: Icon[] = [
  { file: "icon-192.png", size: 192 },
  { file: "icon-512.png", size: 512 },
  { file: "icon-maskable-512.png", size: 512, fullBleed: true },
  { file: "apple-touch-icon.png", size: 180, fullBleed: true },
];

async function render({ file, size, fullBleed }: Icon) {
  // Rasterised at the target size (not scaled up from 32 px), so edges stay sharp.
  let image = sharp(svg, { density: (72 * size) / SVG_SIZE }).resize(size, size);
  if (fullBleed) image = image.flatten({ background: BRAND });
  await image.png({ compressionLevel: 9 }).toFile(path.join(root, "public", file));
  console.log(`public/${file} (${size}×${size})`);
}

for (const icon of ICONS) await render(icon);
