/**
 * Demo traffic on creatives: the demo partner has already embedded a few of the demo
 * program's banners, so the portal's creative library shows clicks, impressions and CTR from
 * the first visit. Written through the live writer (recordEvents), so the rollups the library
 * reads are exactly what real pixels and clicks would have made. Deterministic counts.
 * Run it after seedDemoCreatives.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { creatives, enrollments, links, programs } from "~/server/db/schema";
import { defaultDestination } from "~/server/services/creatives/partner/default-destination";
import { newLinkCode } from "~/server/services/links/link-code";
import { EventBatch, recordEvents } from "~/server/tracking/record-events";
import { seededRandom } from "./demo-people";

const CREATIVES = 4;
const DAYS = 14;
const HOUR = 3_600_000;

export async function seedDemoCreativeTraffic(
  db: Db,
  input: { programId: string; partnerId: string; now?: Date },
) {
  const [row] = await db
    .select({ enrollment: enrollments, program: programs })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(
      and(eq(enrollments.programId, input.programId), eq(enrollments.partnerId, input.partnerId)),
    );
  const destination = row && defaultDestination(row.program.allowedDomains);
  if (!row || !destination) return { links: 0, impressions: 0, clicks: 0 };
  const picked = await db
    .select({ id: creatives.id, name: creatives.name })
    .from(creatives)
    .where(
      and(
        eq(creatives.programId, input.programId),
        isNull(creatives.archivedAt),
        inArray(creatives.kind, ["banner", "logo"]),
      ),
    )
    .orderBy(asc(creatives.createdAt), asc(creatives.id))
    .limit(CREATIVES);

  const random = seededRandom(7);
  const now = (input.now ?? new Date()).getTime();
  const totals = { links: 0, impressions: 0, clicks: 0 };
  for (const creative of picked) {
    await db
      .insert(links)
      .values({
        programId: input.programId,
        enrollmentId: row.enrollment.id,
        creativeId: creative.id,
        code: newLinkCode(),
        destination,
        label: creative.name.slice(0, 80),
      })
      .onConflictDoNothing();
    const [link] = await db
      .select()
      .from(links)
      .where(and(eq(links.enrollmentId, row.enrollment.id), eq(links.creativeId, creative.id)));
    if (!link) continue;
    totals.links++;
    const batch = new EventBatch();
    // Each banner has its own appeal: a click-through rate between 0.5 % and 3 %.
    const rate = 0.005 + random() * 0.025;
    for (let day = 1; day <= DAYS; day++) {
      const views = 60 + Math.floor(random() * 240);
      const clicks = Math.round(views * rate * (0.6 + random() * 0.8));
      for (let n = 0; n < views + clicks; n++) {
        const occurredAt = now - day * 24 * HOUR + Math.floor(random() * 12 + 8) * HOUR;
        const common = {
          occurredAt,
          programId: input.programId,
          linkId: link.id,
          enrollmentId: row.enrollment.id,
          billable: true,
          ipHash: randomUUID(),
          country: null,
        };
        if (n < views) batch.push({ kind: "impression", creativeId: creative.id, ...common });
        else
          batch.push({
            kind: "click",
            id: `k${randomUUID().replaceAll("-", "").slice(0, 20)}`,
            isUnique: true,
            subId: null,
            ...common,
          });
      }
      totals.impressions += views;
      totals.clicks += clicks;
    }
    await recordEvents(db.$client, batch);
  }
  return totals;
}
