import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { links } from "~/server/db/schema";
import { conflict } from "~/server/errors";
import { trackingUrl } from "~/server/tracking/tracking-url";
import { recordAudit } from "../../audit/record-audit";
import type { ActorContext } from "../../context";
import { newLinkCode } from "../../links/link-code";
import { defaultDestination } from "./default-destination";
import { loadPartnerCreative } from "./partner-creative";

const ATTEMPTS = 5;

const select = (db: Executor, enrollmentId: string, creativeId: string) =>
  db
    .select()
    .from(links)
    .where(and(eq(links.enrollmentId, enrollmentId), eq(links.creativeId, creativeId)))
    .then((rows) => rows[0]);

/**
 * The caller's tracking link for a creative: the one their embed code carries, so clicks and
 * impressions count per creative. Made on first use, once: two tabs (or ten) asking at the
 * same time all get the same link, because the unique index on (enrollment, creative) lets
 * only one insert through and the others read the winner (insert … on conflict do nothing,
 * then select). A partner may relabel or disable it like any link; it is never replaced.
 */

export async function ensureCreativeLink(
  ctx: ActorContext,
  { creative, program, enrollment }: Awaited<ReturnType<typeof loadPartnerCreative>>,
) {
  const existing = await select(ctx.db, enrollment.id, creative.id);
  if (existing) return { ...existing, url: trackingUrl(existing.code), created: false };
  const destination = defaultDestination(program.allowedDomains);
  if (!destination) throw conflict("creativeNoDestination");
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const inserted = await ctx.db.transaction(async (tx) => {
      // No conflict target: a taken code (rare) and a concurrent twin both end here quietly.
      const [row] = await tx
        .insert(links)
        .values({
          programId: program.id,
          enrollmentId: enrollment.id,
          creativeId: creative.id,
          code: newLinkCode(),
          destination,
          label: creative.name.slice(0, 80),
        })
        .onConflictDoNothing()
        .returning();
      if (row) {
        await recordAudit(tx, {
          programId: program.id,
          actorId: ctx.userId,
          action: "link.created",
          targetType: "link",
          targetId: row.id,
          data: { code: row.code, destination: row.destination, creativeId: creative.id },
        });
      }
      return row;
    });
    if (inserted) return { ...inserted, url: trackingUrl(inserted.code), created: true };
    const winner = await select(ctx.db, enrollment.id, creative.id);
    if (winner) return { ...winner, url: trackingUrl(winner.code), created: false };
    // Neither ours nor a twin's: the code was taken. Draw again.
  }
  throw new Error(`no free link code after ${ATTEMPTS} attempts`);
}
