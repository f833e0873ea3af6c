import type { creatives } from "~/server/db/schema";
import { clickThroughRate } from "~/lib/rates";
import { canEmbed } from "./embed-snippet";

export type CreativeRow = typeof creatives.$inferSelect;
export type CreativeStats = { clicks: number; impressions: number; ctr: number | null };

export const noStats: CreativeStats = { clicks: 0, impressions: 0, ctr: null };

export function statsOf(clicks: number, impressions: number): CreativeStats {
  return { clicks, impressions, ctr: clickThroughRate(clicks, impressions) };
}

/** What a partner sees of a creative: never its storage keys or who uploaded it. */
export function partnerCreativeView(row: CreativeRow, stats: CreativeStats) {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    description: row.description,
    language: row.language,
    tags: row.tags,
    fileName: row.fileName,
    mimeType: row.mimeType,
    byteSize: row.byteSize,
    width: row.width,
    height: row.height,
    hasFile: row.storageKey !== null,
    embeddable: canEmbed({ ...row, hasFile: row.storageKey !== null }),
    hasThumbnail: row.thumbnailKey !== null,
    body: row.body,
    videoUrl: row.videoUrl,
    createdAt: row.createdAt,
    stats,
  };
}

export type PartnerCreative = ReturnType<typeof partnerCreativeView>;
