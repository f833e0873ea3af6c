import { and, count, desc, eq, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import { creatives } from "~/server/db/schema";
import type { PartnerContext } from "../../context";
import {
  containsPattern,
  parseSize,
  partnerCreativeFiltersSchema,
  type PartnerCreativeFilters,
} from "./creative-filters";
import { creativeFacets } from "./creative-facets";
import { creativeStats } from "./creative-stats";
import { noStats, partnerCreativeView } from "./creative-view";

/**
 * The creative library of a program as one of its active partners sees it: live (not
 * archived) creatives, newest first, filtered and paged on the server, each with this
 * partner's own last-30-day clicks, impressions and CTR. Also the filter choices (languages,
 * tags, sizes) the library offers, so the filter bar never lists an option with no results.
 */
export async function listPartnerCreatives(ctx: PartnerContext, input: PartnerCreativeFilters) {
  const filters = partnerCreativeFiltersSchema.parse(input);
  const { program, enrollment } = ctx;
  const size = filters.size ? parseSize(filters.size) : null;
  const conditions: (SQL | undefined)[] = [
    eq(creatives.programId, program.id),
    isNull(creatives.archivedAt),
    filters.kind ? eq(creatives.kind, filters.kind) : undefined,
    filters.language ? sql`lower(${creatives.language}) = ${filters.language}` : undefined,
    filters.tag ? sql`${creatives.tags} @> array[${filters.tag}]::text[]` : undefined,
    size ? and(eq(creatives.width, size.width), eq(creatives.height, size.height)) : undefined,
    filters.search
      ? or(
          ilike(creatives.name, containsPattern(filters.search)),
          ilike(creatives.description, containsPattern(filters.search)),
        )
      : undefined,
  ];
  const where = and(...conditions);
  const [rows, [total], facets] = await Promise.all([
    ctx.db
      .select()
      .from(creatives)
      .where(where)
      .orderBy(desc(creatives.createdAt), desc(creatives.id))
      .limit(filters.limit)
      .offset((filters.page - 1) * filters.limit),
    ctx.db.select({ count: count() }).from(creatives).where(where),
    creativeFacets(ctx.db, program.id),
  ]);
  const stats = await creativeStats(
    ctx.db,
    enrollment.id,
    rows.map((row) => row.id),
  );
  const totalCount = total?.count ?? 0;
  return {
    program: { id: program.id, slug: program.slug, name: program.name },
    items: rows.map((row) => partnerCreativeView(row, stats.get(row.id) ?? noStats)),
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(totalCount / filters.limit)),
    total: totalCount,
    facets,
  };
}
