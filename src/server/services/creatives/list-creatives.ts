import {
  and,
  arrayContains,
  count,
  desc,
  eq,
  ilike,
  isNotNull,
  isNull,
  sql,
  type SQL,
} from "drizzle-orm";
import type { CreativeKind } from "~/lib/validation/creatives";
import { creatives } from "~/server/db/schema";
import type { ProgramContext } from "../context";

export type ManagerCreativesQuery = {
  kind?: CreativeKind;
  language?: string | null;
  tag?: string;
  search?: string;
  status: "active" | "archived" | "all";
  page: number;
  pageSize: number;
};

/** Enough of a text creative to recognise it on a card; the whole text can be long. */
const PREVIEW_CHARS = 280;

/** The program's creatives for the console, newest first, filtered and one page at a time. */
export async function listCreatives(ctx: ProgramContext, query: ManagerCreativesQuery) {
  const filters: (SQL | undefined)[] = [
    eq(creatives.programId, ctx.program.id),
    query.kind ? eq(creatives.kind, query.kind) : undefined,
    query.language ? eq(creatives.language, query.language) : undefined,
    query.tag ? arrayContains(creatives.tags, [query.tag]) : undefined,
    query.search ? ilike(creatives.name, `%${escapeLike(query.search)}%`) : undefined,
    query.status === "active" ? isNull(creatives.archivedAt) : undefined,
    query.status === "archived" ? isNotNull(creatives.archivedAt) : undefined,
  ];
  const rows = await ctx.db
    .select({
      id: creatives.id,
      kind: creatives.kind,
      name: creatives.name,
      description: creatives.description,
      language: creatives.language,
      tags: creatives.tags,
      fileName: creatives.fileName,
      mimeType: creatives.mimeType,
      byteSize: creatives.byteSize,
      width: creatives.width,
      height: creatives.height,
      hasFile: sql<boolean>`${creatives.storageKey} is not null`,
      hasThumbnail: sql<boolean>`${creatives.thumbnailKey} is not null`,
      bodyPreview: sql<string | null>`left(${creatives.body}, ${PREVIEW_CHARS})`,
      bodyLength: sql<number | null>`length(${creatives.body})`,
      videoUrl: creatives.videoUrl,
      createdAt: creatives.createdAt,
      archivedAt: creatives.archivedAt,
    })
    .from(creatives)
    .where(and(...filters))
    .orderBy(desc(creatives.createdAt), desc(creatives.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await ctx.db
    .select({ value: count() })
    .from(creatives)
    .where(and(...filters));
  const totalCount = total?.value ?? 0;
  return {
    items: rows,
    total: totalCount,
    pages: Math.max(1, Math.ceil(totalCount / query.pageSize)),
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
