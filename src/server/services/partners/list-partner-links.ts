import { and, asc, count, desc, eq, gte, isNotNull, sql } from "drizzle-orm";
import { z } from "zod";
import { trackingUrl } from "~/server/tracking/tracking-url";
import { links, statsHourly } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { managedEnrollment } from "./managed-enrollment";
import { performanceWindow, windowStart } from "./performance-window";
import { offsetOf, pageSchema, pageSizeSchema } from "~/lib/paging";

export const listPartnerLinksInput = z.object({
  enrollmentId: z.uuid(),
  page: pageSchema,
  pageSize: pageSizeSchema(50, 10),
});

const h = statsHourly;

/**
 * A partner's links, busiest first over the last 30 days (then newest), with their clicks,
 * conversions and commission summed from the hourly rollup of this partner only
 * (stats_hourly_partner_idx), never from raw clicks. Links without traffic follow, at zero.
 */
export async function listPartnerLinks(
  ctx: ProgramContext,
  query: z.input<typeof listPartnerLinksInput>,
) {
  const { enrollmentId, page, pageSize } = listPartnerLinksInput.parse(query);
  const enrollment = await managedEnrollment(ctx.db, ctx.program.id, enrollmentId);
  const window = performanceWindow(new Date());
  const totals = ctx.db
    .select({
      linkId: sql<string>`${h.linkId}`.as("link_id"),
      clicks: sql<number>`sum(${h.clicks})::int`.as("clicks"),
      uniqueClicks: sql<number>`sum(${h.uniqueClicks})::int`.as("unique_clicks"),
      conversions: sql<number>`sum(${h.sales} + ${h.leads} + ${h.installs} + ${h.actions})::int`.as(
        "conversions",
      ),
      commission: sql<string>`sum(${h.commission})::text`.as("commission"),
    })
    .from(h)
    .where(
      and(
        eq(h.enrollmentId, enrollment.id),
        eq(h.programId, ctx.program.id),
        gte(h.hour, windowStart(window)),
        isNotNull(h.linkId),
      ),
    )
    .groupBy(h.linkId)
    .as("totals");
  const ownLinks = and(eq(links.enrollmentId, enrollment.id), eq(links.programId, ctx.program.id));
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        id: links.id,
        code: links.code,
        label: links.label,
        destination: links.destination,
        subId: links.subId,
        disabledAt: links.disabledAt,
        createdAt: links.createdAt,
        clicks: sql<number>`coalesce(${totals.clicks}, 0)`,
        uniqueClicks: sql<number>`coalesce(${totals.uniqueClicks}, 0)`,
        conversions: sql<number>`coalesce(${totals.conversions}, 0)`,
        commission: sql<string>`coalesce(${totals.commission}, '0')`,
      })
      .from(links)
      .leftJoin(totals, eq(totals.linkId, links.id))
      .where(ownLinks)
      .orderBy(sql`coalesce(${totals.clicks}, 0) desc`, desc(links.createdAt), asc(links.id))
      .limit(pageSize)
      .offset(offsetOf(page, pageSize)),
    ctx.db.select({ value: count() }).from(links).where(ownLinks),
  ]);
  const totalCount = total?.value ?? 0;
  return {
    items: rows.map(({ commission, ...row }) => ({
      ...row,
      url: trackingUrl(row.code),
      commission: BigInt(commission),
    })),
    total: totalCount,
    page,
    pages: Math.max(1, Math.ceil(totalCount / pageSize)),
    window,
  };
}
