import { z } from "zod";

/** Deeper pages than this are refused: nobody reads them, and their offsets cost the database. */
export const MAX_PAGE = 10_000;

/** A 1-based page number, the first page when absent. */
export const pageSchema = z.number().int().min(1).max(MAX_PAGE).default(1);

/** A page size chosen by the caller, bounded per list. */
export const pageSizeSchema = (max: number, fallback: number) =>
  z.number().int().min(1).max(max).default(fallback);

/** Rows to skip before a 1-based page. */
export const offsetOf = (page: number, pageSize: number): number => (page - 1) * pageSize;

/** One page of a list and the size of the whole list. */
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number };
