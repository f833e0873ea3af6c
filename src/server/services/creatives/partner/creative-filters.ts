import { z } from "zod";
import { pageSchema } from "~/lib/paging";
import { creativeKind } from "~/server/db/schema";

export const creativeKinds = creativeKind.enumValues;
export type CreativeKind = (typeof creativeKinds)[number];

const SIZE = /^\s*(\d{1,5})\s*[x×]\s*(\d{1,5})\s*$/i;

/** "728x90" (or "728 × 90") as pixels; null for anything else. */
export function parseSize(text: string): { width: number; height: number } | null {
  const match = SIZE.exec(text);
  if (!match) return null;
  const width = Number(match[1]);
  const height = Number(match[2]);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** A search term as an ILIKE pattern that matches it literally (%, _ and \ escaped). */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, "\\$&")}%`;
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || undefined)
    .optional();

/**
 * What a partner may filter the library by. Empty strings (an untouched select of a GET form)
 * mean "any"; a size that is not WIDTHxHEIGHT is refused rather than ignored.
 */
export const partnerCreativeFiltersSchema = z.object({
  kind: z.enum(creativeKinds).optional(),
  language: optionalText(20).transform((value) => value?.toLowerCase()),
  tag: optionalText(50),
  size: optionalText(20).refine((value) => value === undefined || parseSize(value) !== null, {
    error: "validation.creativeSize",
  }),
  search: optionalText(100),
  page: pageSchema,
  limit: z.number().int().min(1).max(48).default(12),
});

export type PartnerCreativeFilters = z.input<typeof partnerCreativeFiltersSchema>;
