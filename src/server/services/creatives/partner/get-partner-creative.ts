import { and, eq } from "drizzle-orm";
import { links } from "~/server/db/schema";
import { trackingUrl } from "~/server/tracking/tracking-url";
import type { PartnerContext } from "../../context";
import { creativeStats } from "./creative-stats";
import { noStats, partnerCreativeView } from "./creative-view";
import { loadPartnerCreative } from "./partner-creative";

/** One live creative for an active partner of its program, with their stats and link if any. */
export async function getPartnerCreative(ctx: PartnerContext, input: { creativeId: string }) {
  const { creative, program, enrollment } = await loadPartnerCreative(
    ctx.db,
    ctx,
    input.creativeId,
  );
  const [stats, [link]] = await Promise.all([
    creativeStats(ctx.db, enrollment.id, [creative.id]),
    ctx.db
      .select({ id: links.id, code: links.code })
      .from(links)
      .where(and(eq(links.enrollmentId, enrollment.id), eq(links.creativeId, creative.id))),
  ]);
  return {
    program: { id: program.id, slug: program.slug, name: program.name },
    creative: partnerCreativeView(creative, stats.get(creative.id) ?? noStats),
    link: link ? { ...link, url: trackingUrl(link.code) } : null,
  };
}
