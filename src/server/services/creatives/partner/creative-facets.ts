import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";

const MAX_OPTIONS = 100;

export type CreativeFacets = { languages: string[]; tags: string[]; sizes: string[] };

/**
 * The distinct languages, tags and sizes of a program's live creatives, for the filter bar.
 * A library holds hundreds of items, not millions; each list is still capped.
 */
export async function creativeFacets(db: Executor, programId: string): Promise<CreativeFacets> {
  const rows = await db.execute<{ languages: string[]; tags: string[]; sizes: string[] }>(sql`
    with live as (
      select language, tags, width, height from creatives
      where program_id = ${programId} and archived_at is null
    )
    select
      (select coalesce(jsonb_agg(v order by v), '[]') from (
        select distinct lower(language) as v from live where language is not null
        order by 1 limit ${MAX_OPTIONS}) l) as languages,
      (select coalesce(jsonb_agg(v order by v), '[]') from (
        select distinct tag as v from live, unnest(tags) as tag
        order by 1 limit ${MAX_OPTIONS}) t) as tags,
      (select coalesce(jsonb_agg(width || 'x' || height order by width, height), '[]') from (
        select distinct width, height from live where width is not null and height is not null
        order by width, height limit ${MAX_OPTIONS}) s) as sizes`);
  const row = rows[0];
  return { languages: row?.languages ?? [], tags: row?.tags ?? [], sizes: row?.sizes ?? [] };
}
