/**
 * The demo program's creative library: banners in the common IAB sizes, a logo, texts and a
 * video, stored through the same service as a manager's uploads (so they have thumbnails,
 * checked types and notices for the approved partners). Run it after the partners exist.
 */
import { count, eq } from "drizzle-orm";
import sharp from "sharp";
import type { Db } from "~/server/db/client";
import { creatives, programs } from "~/server/db/schema";
import { createCreative, type NewCreative } from "~/server/services/creatives/create-creative";
import type { ObjectStorage } from "~/server/storage/object-storage";
import { storage } from "~/server/storage/storage";

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A banner drawn as SVG (so the program's name is real text) and rendered to PNG. */
async function bannerPng(width: number, height: number, title: string, cta: string) {
  // Wide formats keep each text on one line; narrow ones stack the words.
  const wide = width / height >= 3;
  const titleLines = wide ? [title] : title.split(" ");
  const ctaLines = wide || width >= 250 ? [cta] : cta.split(" ");
  const longest = (lines: string[]) => Math.max(...lines.map((line) => line.length));
  const titleSize = Math.floor(
    Math.min(
      height / (wide ? 3.2 : titleLines.length * 2 + 3),
      (width * 0.9) / (longest(titleLines) * 0.66),
    ),
  );
  const ctaSize = Math.floor(Math.min(titleSize * 0.7, (width * 0.9) / (longest(ctaLines) * 0.56)));
  const blockHeight = (titleLines.length * titleSize + ctaLines.length * ctaSize) * 1.25;
  let y = (height - blockHeight) / 2;
  const line = (text: string, size: number, fill: string, bold: boolean) => {
    y += size * 1.25;
    return `<text x="50%" y="${Math.round(y - size * 0.3)}" fill="${fill}" font-size="${size}"${bold ? ' font-weight="bold"' : ""} font-family="DejaVu Sans, sans-serif" text-anchor="middle">${escapeXml(text)}</text>`;
  };
  const texts = [
    ...titleLines.map((text) => line(text, titleSize, "#ffffff", true)),
    ...ctaLines.map((text) => line(text, ctaSize, "#fde68a", false)),
  ];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="#1d4ed8"/><stop offset="1" stop-color="#7c3aed"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#bg)"/>
  ${texts.join("\n  ")}
</svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

function logoSvg(name: string) {
  const initial = escapeXml(name.trim().charAt(0).toUpperCase() || "R");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 80" width="240" height="80">
  <circle cx="40" cy="40" r="32" fill="#1d4ed8"/>
  <text x="40" y="52" fill="#fff" font-family="DejaVu Sans, sans-serif" font-size="34" font-weight="bold" text-anchor="middle">${initial}</text>
  <text x="84" y="50" fill="#111827" font-family="DejaVu Sans, sans-serif" font-size="22">${escapeXml(name.slice(0, 16))}</text>
</svg>`;
}

export async function seedDemoCreatives(
  db: Db,
  input: { programId: string; managerId: string },
  deps: { storage: ObjectStorage } = { storage: storage() },
) {
  const [program] = await db.select().from(programs).where(eq(programs.id, input.programId));
  if (!program) throw new Error("seedDemoCreatives: no such program");
  const [existing] = await db
    .select({ value: count() })
    .from(creatives)
    .where(eq(creatives.programId, program.id));
  if ((existing?.value ?? 0) > 0) return { creatives: 0 };

  const title = program.name.split(" ").slice(0, 2).join(" ");
  const banners: [width: number, height: number, tags: string[]][] = [
    [728, 90, ["leaderboard", "728x90", "spring"]],
    [300, 250, ["medium rectangle", "300x250", "spring"]],
    [160, 600, ["skyscraper", "160x600"]],
  ];
  const items: NewCreative[] = [];
  for (const [width, height, tags] of banners) {
    items.push({
      source: "file",
      kind: "banner",
      name: `${title} ${width}×${height}`,
      description: "Spring campaign banner. Links to the course catalogue.",
      language: "en",
      tags,
      file: {
        name: `banner-${width}x${height}.png`,
        bytes: await bannerPng(width, height, title, "Start learning today"),
      },
    });
  }
  items.push(
    {
      source: "file",
      kind: "logo",
      name: `${program.name} logo`,
      description: "Use on light backgrounds; keep some space around it.",
      tags: ["logo", "brand"],
      file: { name: "logo.svg", bytes: new TextEncoder().encode(logoSvg(program.name)) },
    },
    {
      source: "text",
      kind: "ad_copy",
      name: "Search ad: learn to code",
      language: "en",
      tags: ["search", "spring"],
      body: `Learn to code with ${program.name}. Hands-on courses, real projects, a certificate at the end. Start today: {link}`,
    },
    {
      source: "text",
      kind: "social_post",
      name: "Social post: spring sale",
      language: "en",
      tags: ["social", "spring"],
      body: `🌱 Spring sale at ${program.name}: every course 30% off this week. I took the TypeScript path and loved it. {link} #learning #coding`,
    },
    {
      source: "text",
      kind: "email_template",
      name: "Newsletter block",
      language: "en",
      tags: ["email"],
      body: `<table role="presentation" width="100%"><tr><td style="padding:16px;font-family:sans-serif">
<h2 style="margin:0 0 8px">${escapeXml(program.name)}</h2>
<p style="margin:0 0 12px">Courses that teach by building. New learners get 30% off this week.</p>
<a href="{{link}}" style="background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Browse courses</a>
</td></tr></table>`,
    },
    {
      source: "video",
      kind: "video",
      name: "Product tour (2 minutes)",
      language: "en",
      tags: ["video", "tour"],
      videoUrl: "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    },
  );

  const ctx = { db, userId: input.managerId, program };
  for (const item of items) await createCreative(ctx, item, deps);
  return { creatives: items.length };
}
