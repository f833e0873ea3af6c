import { and, eq, gte, inArray, isNotNull, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { enrollments, links, statsHourly, users } from "~/server/db/schema/index";
import type { ProgramContext } from "../../context";
import { dayRangeSchema } from "../day-range";
import { periodBounds } from "~/lib/period";
import { pageInput, TABLE_SORTS, trafficTotals } from "./traffic-totals";
import { offsetOf } from "~/lib/paging";

export const topLinksInput = z.intersection(
  z.object({ sort: z.enum(TABLE_SORTS).default("clicks"), ...pageInput }),
  dayRangeSchema,
);
export type TopLinksInput = z.input<typeof topLinksInput>;

const h = statsHourly;

/**
 * A page of the program's links by clicks (or conversions, revenue, commission) over a range
 * of UTC days: the hourly rollup grouped by link, then the page's links with their partner.
 * Promo-code and unattributed sales have no link and are not in this table.
 */
export async function topLinks(ctx: ProgramContext, input: TopLinksInput) {
  const { sort, page, pageSize, from, to } = topLinksInput.parse(input);
  const { start, end } = periodBounds({ from, to });
  const totals = trafficTotals(h);
  const rows = await ctx.db
    .select({ linkId: sql<string>`${h.linkId}`, ...totals.columns })
    .from(h)
    .where(
      and(
        eq(h.programId, ctx.program.id),
        isNotNull(h.linkId),
        gte(h.hour, start),
        lt(h.hour, end),
      ),
    )
    .groupBy(h.linkId)
    .orderBy(...totals.order(sort), h.linkId)
    .limit(pageSize + 1)
    .offset(offsetOf(page, pageSize));
  const slice = rows.slice(0, pageSize);
  const details = await linkDetails(
    ctx,
    slice.map((row) => row.linkId),
  );
  return {
    sort,
    page,
    hasNext: rows.length > pageSize,
    items: slice.map((row) => ({
      linkId: row.linkId,
      ...totals.parse(row),
      code: details.get(row.linkId)?.code ?? null,
      label: details.get(row.linkId)?.label ?? "",
      destination: details.get(row.linkId)?.destination ?? null,
      partnerName: details.get(row.linkId)?.partnerName ?? null,
      partnerEmail: details.get(row.linkId)?.partnerEmail ?? null,
    })),
  };
}

type LinkDetail = {
  code: string;
  label: string;
  destination: string;
  partnerName: string | null;
  partnerEmail: string;
};

async function linkDetails(ctx: ProgramContext, ids: string[]): Promise<Map<string, LinkDetail>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({
      id: links.id,
      code: links.code,
      label: links.label,
      destination: links.destination,
      partnerName: users.name,
      partnerEmail: users.email,
    })
    .from(links)
    .innerJoin(enrollments, eq(enrollments.id, links.enrollmentId))
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .where(and(eq(links.programId, ctx.program.id), inArray(links.id, ids)));
  return new Map(rows.map((row) => [row.id, row]));
}
