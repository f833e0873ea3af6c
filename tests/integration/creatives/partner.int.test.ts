import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, gte, sql } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { GET as publicImage } from "~/app/api/public/creatives/[id]/[file]/route";
import { newStorageKey } from "~/server/storage/object-storage";
import { storage } from "~/server/storage/storage";
import { auditLog, creatives, enrollments, links, statsHourly } from "~/server/db/schema/index";
import { pixelUrl, trackingUrl } from "~/server/tracking/tracking-url";
import { findPublicCreativeImage } from "~/server/services/creatives/partner/public-creative-image";
import { seedDemoCreativeTraffic } from "~/server/seed/demo-creative-traffic";
import { EventBatch, recordEvents } from "~/server/tracking/record-events";
import { db, testDb } from "../../support/db";
import { clientError } from "../../support/client-error";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";

type NewCreative = typeof creatives.$inferInsert;

/** Creatives are inserted directly: the upload service is tested on its own. */
async function addCreative(programId: string, values: Partial<NewCreative> = {}) {
  const [row] = await db
    .insert(creatives)
    .values({
      programId,
      kind: "banner",
      name: "Banner",
      storageKey: `test/${randomUUID()}`,
      thumbnailKey: `test/${randomUUID()}`,
      mimeType: "image/png",
      width: 728,
      height: 90,
      ...values,
    })
    .returning();
  return row!;
}

async function activePartner() {
  const { program, manager } = await makeProgram({ allowedDomains: ["shop.example.com"] });
  const { user, enrollment } = await makePartner(program.id);
  return { program, manager, user, enrollment, caller: callerFor(user.id) };
}

/** Clicks and impressions (with the creative id, as the pixel sends it) through the real writer. */
async function track(
  link: { id: string; programId: string; enrollmentId: string },
  creativeId: string,
  when: Date,
  counts: { clicks: number; impressions: number },
) {
  const batch = new EventBatch();
  for (let n = 0; n < counts.clicks; n++) {
    batch.push({
      kind: "click",
      id: `k${randomUUID().replaceAll("-", "").slice(0, 20)}`,
      occurredAt: when.getTime(),
      programId: link.programId,
      linkId: link.id,
      enrollmentId: link.enrollmentId,
      billable: true,
      isUnique: n === 0,
      ipHash: randomUUID(),
      country: null,
      subId: null,
    });
  }
  for (let n = 0; n < counts.impressions; n++) {
    batch.push({
      kind: "impression",
      occurredAt: when.getTime(),
      programId: link.programId,
      linkId: link.id,
      enrollmentId: link.enrollmentId,
      creativeId,
      billable: true,
      ipHash: randomUUID(),
      country: null,
    });
  }
  await recordEvents(testDb.sql, batch);
}

const HOUR = 3_600_000;

describe("the partner's creative library", () => {
  it("lists live creatives of the program, newest first, filtered and paged on the server", async () => {
    const { program, caller } = await activePartner();
    const { program: foreign } = await makeProgram();
    const old = new Date(Date.now() - 10 * HOUR);
    const leaderboard = await addCreative(program.id, {
      name: "Spring leaderboard",
      language: "en",
      tags: ["spring", "sale"],
      createdAt: old,
    });
    const rectangle = await addCreative(program.id, {
      name: "Wiosenny prostokąt",
      language: "pl",
      tags: ["spring"],
      width: 300,
      height: 250,
      createdAt: new Date(old.getTime() + HOUR),
    });
    const copy = await addCreative(program.id, {
      kind: "ad_copy",
      name: "Tweet",
      description: "Save 50% today",
      language: "EN",
      storageKey: null,
      thumbnailKey: null,
      mimeType: null,
      width: null,
      height: null,
      body: "Save 50% with {link}",
      createdAt: new Date(old.getTime() + 2 * HOUR),
    });
    await addCreative(program.id, { name: "Retired", archivedAt: new Date(), tags: ["old"] });
    await addCreative(foreign.id, { name: "Someone else's" });

    const all = await caller.partner.creatives.list({ programId: program.id });
    expect(all.items.map((item) => item.id)).toEqual([copy.id, rectangle.id, leaderboard.id]);
    expect(all).toMatchObject({ total: 3, page: 1, pageCount: 1 });
    expect(all.items[2]).toMatchObject({
      kind: "banner",
      width: 728,
      height: 90,
      hasFile: true,
      hasThumbnail: true,
      stats: { clicks: 0, impressions: 0, ctr: null },
    });
    expect(all.items[2]).not.toHaveProperty("storageKey");
    expect(all.facets).toEqual({
      languages: ["en", "pl"],
      tags: ["sale", "spring"],
      sizes: ["300x250", "728x90"],
    });

    const ids = async (filters: Record<string, string>) =>
      (await caller.partner.creatives.list({ programId: program.id, ...filters })).items.map(
        (item) => item.id,
      );
    expect(await ids({ kind: "banner" })).toEqual([rectangle.id, leaderboard.id]);
    expect(await ids({ size: "728x90" })).toEqual([leaderboard.id]);
    expect(await ids({ size: "300 × 250" })).toEqual([rectangle.id]);
    expect(await ids({ language: "en" })).toEqual([copy.id, leaderboard.id]);
    expect(await ids({ tag: "sale" })).toEqual([leaderboard.id]);
    expect(await ids({ tag: "old" })).toEqual([]);
    expect(await ids({ search: "50%" })).toEqual([copy.id]);
    expect(await ids({ search: "WIOSEN" })).toEqual([rectangle.id]);
    expect(await ids({ search: "%" })).toEqual([copy.id]);
    expect(await ids({ kind: "banner", language: "pl", tag: "spring" })).toEqual([rectangle.id]);

    const first = await caller.partner.creatives.list({ programId: program.id, limit: 2 });
    const second = await caller.partner.creatives.list({
      programId: program.id,
      limit: 2,
      page: 2,
    });
    expect(first.items.map((item) => item.id)).toEqual([copy.id, rectangle.id]);
    expect(second.items.map((item) => item.id)).toEqual([leaderboard.id]);
    expect(second).toMatchObject({ total: 3, pageCount: 2 });

    expect(
      await clientError(caller.partner.creatives.list({ programId: program.id, size: "huge" })),
    ).toMatchObject({ code: "BAD_REQUEST" });
  });

  it("shows per-creative clicks, impressions and CTR equal to the rollups of the partner's own link", async () => {
    const { program, caller, enrollment } = await activePartner();
    const rival = await makePartner(program.id);
    const banner = await addCreative(program.id, { name: "Banner A" });
    const logo = await addCreative(program.id, { kind: "logo", name: "Logo B" });
    const quiet = await addCreative(program.id, { name: "Never shown" });

    const mine = (await caller.partner.creatives.embed({ creativeId: banner.id })).link;
    const mineLogo = (await caller.partner.creatives.embed({ creativeId: logo.id })).link;
    const theirs = (
      await callerFor(rival.user.id).partner.creatives.embed({ creativeId: banner.id })
    ).link;
    const linkRow = async (id: string) =>
      (await db.select().from(links).where(eq(links.id, id)))[0]!;
    const now = Date.now();
    await track(await linkRow(mine.id), banner.id, new Date(now - HOUR), {
      clicks: 3,
      impressions: 200,
    });
    await track(await linkRow(mine.id), banner.id, new Date(now - 5 * 24 * HOUR), {
      clicks: 2,
      impressions: 200,
    });
    // Outside the 30 days, and another partner's traffic on the same creative: not counted.
    await track(await linkRow(mine.id), banner.id, new Date(now - 40 * 24 * HOUR), {
      clicks: 50,
      impressions: 500,
    });
    await track(await linkRow(theirs.id), banner.id, new Date(now - HOUR), {
      clicks: 9,
      impressions: 90,
    });
    await track(await linkRow(mineLogo.id), logo.id, new Date(now - 2 * HOUR), {
      clicks: 4,
      impressions: 0,
    });

    const { items } = await caller.partner.creatives.list({ programId: program.id });
    const byId = new Map(items.map((item) => [item.id, item.stats]));
    expect(byId.get(banner.id)).toEqual({ clicks: 5, impressions: 400, ctr: 5 / 400 });
    expect(byId.get(logo.id)).toEqual({ clicks: 4, impressions: 0, ctr: null });
    expect(byId.get(quiet.id)).toEqual({ clicks: 0, impressions: 0, ctr: null });

    // The same figures straight from the hourly rollup the writer maintained.
    const since = new Date(now - 30 * 24 * HOUR);
    const [rollup] = await db
      .select({
        clicks: sql<number>`sum(${statsHourly.clicks})::int`,
        impressions: sql<number>`sum(${statsHourly.impressions})::int`,
      })
      .from(statsHourly)
      .where(
        and(
          eq(statsHourly.enrollmentId, enrollment.id),
          eq(statsHourly.linkId, mine.id),
          gte(statsHourly.hour, since),
        ),
      );
    expect(byId.get(banner.id)).toMatchObject(rollup!);

    const single = await caller.partner.creatives.get({ creativeId: banner.id });
    expect(single.creative.stats).toEqual(byId.get(banner.id));
    expect(single.link).toEqual({ id: mine.id, code: mine.code, url: trackingUrl(mine.code) });
  });

  it("builds an embed code around the partner's own link and the creative's pixel", async () => {
    const { program, caller, enrollment, user } = await activePartner();
    const other = await makePartner(program.id);
    const banner = await addCreative(program.id, { name: `Sale "50%" <b>` });

    const embed = await caller.partner.creatives.embed({ creativeId: banner.id });
    const [row] = await db.select().from(links).where(eq(links.id, embed.link.id));
    expect(row).toMatchObject({
      enrollmentId: enrollment.id,
      programId: program.id,
      creativeId: banner.id,
      destination: "https://shop.example.com/",
      label: `Sale "50%" <b>`,
      code: embed.link.code,
    });
    expect(embed.link.url).toBe(trackingUrl(embed.link.code));
    expect(embed.snippet).toContain(`<a href="${trackingUrl(embed.link.code)}"`);
    expect(embed.snippet).toContain(
      `src="${pixelUrl(embed.link.code, { creativeId: banner.id })}"`,
    );
    expect(embed.snippet).toContain(`/api/public/creatives/${banner.id}/`);
    expect(embed.snippet).toContain(`alt="Sale &quot;50%&quot; &lt;b&gt;"`);

    const theirs = await callerFor(other.user.id).partner.creatives.embed({
      creativeId: banner.id,
    });
    expect(theirs.link.code).not.toBe(embed.link.code);
    expect(theirs.snippet).not.toContain(embed.link.code);

    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, embed.link.id), eq(auditLog.action, "link.created")));
    expect(audit).toMatchObject({ actorId: user.id, programId: program.id });

    const copy = await addCreative(program.id, {
      kind: "social_post",
      body: "Cooking class: {{link}}",
      storageKey: null,
      mimeType: null,
    });
    const text = await caller.partner.creatives.embed({ creativeId: copy.id });
    expect(text.snippet).toBe(`Cooking class: ${trackingUrl(text.link.code)}`);
  });

  it("makes one link per partner and creative, however many calls race for it", async () => {
    const { program, caller, enrollment } = await activePartner();
    const banner = await addCreative(program.id);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => caller.partner.creatives.embed({ creativeId: banner.id })),
    );
    expect(new Set(results.map((result) => result.link.id)).size).toBe(1);
    const rows = await db
      .select()
      .from(links)
      .where(and(eq(links.enrollmentId, enrollment.id), eq(links.creativeId, banner.id)));
    expect(rows).toHaveLength(1);
    const again = await caller.partner.creatives.embed({ creativeId: banner.id });
    expect(again.link.id).toBe(rows[0]!.id);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, rows[0]!.id), eq(auditLog.action, "link.created")));
    expect(audits).toHaveLength(1);
  });

  it("refuses strangers, applicants and archived creatives", async () => {
    const { program } = await activePartner();
    const banner = await addCreative(program.id);
    const archived = await addCreative(program.id, { archivedAt: new Date() });

    const { program: elsewhere } = await makeProgram();
    const outsider = await makePartner(elsewhere.id);
    const outside = callerFor(outsider.user.id);
    expect(
      await clientError(outside.partner.creatives.list({ programId: program.id })),
    ).toMatchObject({ code: "NOT_FOUND" });
    for (const call of [
      () => outside.partner.creatives.get({ creativeId: banner.id }),
      () => outside.partner.creatives.embed({ creativeId: banner.id }),
    ]) {
      expect(await clientError(call())).toMatchObject({ code: "NOT_FOUND" });
    }

    const applicant = await makeUser();
    await db.insert(enrollments).values({
      programId: program.id,
      partnerId: applicant.id,
      status: "applied",
      acceptedTermsVersion: 1,
    });
    const pending = callerFor(applicant.id);
    for (const call of [
      () => pending.partner.creatives.list({ programId: program.id }),
      () => pending.partner.creatives.get({ creativeId: banner.id }),
      () => pending.partner.creatives.embed({ creativeId: banner.id }),
    ]) {
      expect(await clientError(call())).toMatchObject({ code: "FORBIDDEN" });
    }
    const suspended = await makePartner(program.id, { status: "suspended" });
    expect(
      await clientError(
        callerFor(suspended.user.id).partner.creatives.embed({ creativeId: banner.id }),
      ),
    ).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("suspended") });

    const member = callerFor((await makePartner(program.id)).user.id);
    for (const call of [
      () => member.partner.creatives.get({ creativeId: archived.id }),
      () => member.partner.creatives.embed({ creativeId: archived.id }),
      () => member.partner.creatives.get({ creativeId: randomUUID() }),
    ]) {
      expect(await clientError(call())).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.select().from(links).where(eq(links.creativeId, archived.id))).toHaveLength(0);
    await expect(
      callerFor(null).partner.creatives.list({ programId: program.id }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("demo creative traffic", () => {
  it("gives the partner's first banners links and traffic the library then shows", async () => {
    const { program, user, caller } = await activePartner();
    for (let n = 0; n < 5; n++) await addCreative(program.id, { name: `Demo ${n}` });
    await addCreative(program.id, { kind: "ad_copy", storageKey: null, body: "x {link}" });

    const totals = await seedDemoCreativeTraffic(db, { programId: program.id, partnerId: user.id });
    expect(totals.links).toBe(4);
    expect(totals.impressions).toBeGreaterThan(4 * 14 * 60 - 1);
    const { items } = await caller.partner.creatives.list({ programId: program.id });
    const sum = (key: "clicks" | "impressions") =>
      items.reduce((total, item) => total + item.stats[key], 0);
    expect(sum("impressions")).toBe(totals.impressions);
    expect(sum("clicks")).toBe(totals.clicks);
    expect(items.filter((item) => item.stats.impressions > 0)).toHaveLength(4);
    // Seeding again adds traffic but never a second link per creative.
    await seedDemoCreativeTraffic(db, { programId: program.id, partnerId: user.id });
    expect(await db.select().from(links).where(eq(links.programId, program.id))).toHaveLength(4);
  });
});

// The public route runs as in the app: the process-wide pool and the configured disk store.
process.env.DATABASE_URL = inject("databaseUrl");
const storageDir = mkdtempSync(path.join(tmpdir(), "rally-creatives-public-"));
process.env.STORAGE_DIR = storageDir;
afterAll(async () => {
  await (globalThis as { rallyDb?: typeof testDb }).rallyDb?.sql.end();
  rmSync(storageDir, { recursive: true, force: true });
});

const fetchPublic = (id: string, headers: Record<string, string> = {}) =>
  publicImage(
    new Request(`http://localhost:3000/api/public/creatives/${id}/banner.png`, { headers }),
    { params: Promise.resolve({ id, file: "banner.png" }) },
  );

describe("public creative images", () => {
  it("serves a live banner's bytes without a session, with safe headers", async () => {
    const { program } = await makeProgram();
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const key = newStorageKey("creatives");
    await storage().put(key, bytes, "image/png");
    const banner = await addCreative(program.id, { storageKey: key });

    const response = await fetchPublic(banner.id);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "image/png",
      "x-content-type-options": "nosniff",
      "content-security-policy": expect.stringContaining("sandbox"),
      "cross-origin-resource-policy": "cross-origin",
    });
    const etag = response.headers.get("etag")!;
    expect((await fetchPublic(banner.id, { "if-none-match": etag })).status).toBe(304);

    await db.update(creatives).set({ archivedAt: new Date() }).where(eq(creatives.id, banner.id));
    expect((await fetchPublic(banner.id)).status).toBe(404);
    expect((await fetchPublic("not-a-uuid")).status).toBe(404);
    const missing = await addCreative(program.id, { storageKey: newStorageKey("creatives") });
    expect((await fetchPublic(missing.id)).status).toBe(404);
  });

  it("serves only live image banners and logos", async () => {
    const { program } = await makeProgram();
    const banner = await addCreative(program.id);
    const svgLogo = await addCreative(program.id, { kind: "logo", mimeType: "image/svg+xml" });
    const archived = await addCreative(program.id, { archivedAt: new Date() });
    const pdf = await addCreative(program.id, { kind: "document", mimeType: "application/pdf" });
    const html = await addCreative(program.id, { mimeType: "text/html" });
    const copy = await addCreative(program.id, { kind: "ad_copy", storageKey: null });

    expect(await findPublicCreativeImage(db, banner.id)).toEqual({
      storageKey: banner.storageKey,
      mimeType: "image/png",
      createdAt: banner.createdAt,
    });
    expect(await findPublicCreativeImage(db, svgLogo.id)).toMatchObject({
      mimeType: "image/svg+xml",
    });
    for (const id of [archived.id, pdf.id, html.id, copy.id, randomUUID()]) {
      expect(await findPublicCreativeImage(db, id)).toBeNull();
    }
  });
});
