import type { z } from "zod";
import type { CsvCell } from "~/lib/csv";
import type { ManagerAction } from "~/server/auth/permissions";
import type { ProgramContext } from "../context";

/** One column of an export: its header (a stable snake_case key) and how a row fills it. */
export type Column<Row> = { key: string; value: (row: Row) => CsvCell };

export type Page<Row, Cursor> = { rows: readonly Row[]; next: Cursor | null };

/**
 * An exportable table of the console: who may export it, which query parameters narrow it
 * (the page's own filters), and how to read one page with the same list service the page
 * uses. `Cursor` is whatever that service pages by.
 */
export type ExportSource<Row, Cursor, Params> = {
  permission: ManagerAction;
  params: z.ZodType<Params>;
  fetchPage: (
    ctx: ProgramContext,
    params: Params,
    cursor: Cursor | null,
  ) => Promise<Page<Row, Cursor>>;
  /** Extra words for the file name, e.g. the date range. */
  describe?: (params: Params) => string;
};

/** A table with its types sealed in, so the registry can hold tables of any shape. */
export type ExportTable = {
  permission: ManagerAction;
  header: readonly string[];
  /** Reads the query string's parameters (as an object); not ok when they are invalid. */
  parse: (query: Record<string, string>) => { ok: true; prepared: PreparedExport } | { ok: false };
};

export type PreparedExport = {
  suffix: string;
  /** The rows page by page, read lazily: a page is fetched only when the previous is consumed. */
  pages: (ctx: ProgramContext) => AsyncGenerator<CsvCell[][]>;
};

// A cursor that comes back unchanged would loop for ever: stop instead.
const sameCursor = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `defineExport(source).columns([...])`: two steps so the row type is inferred from the
 * source's list service before the columns are checked against it.
 */
export function defineExport<Row, Cursor, Params>(source: ExportSource<Row, Cursor, Params>) {
  return { columns: (columns: readonly Column<Row>[]) => seal(source, columns) };
}

function seal<Row, Cursor, Params>(
  source: ExportSource<Row, Cursor, Params>,
  columns: readonly Column<Row>[],
): ExportTable {
  return {
    permission: source.permission,
    header: columns.map((column) => column.key),
    parse(query) {
      const parsed = source.params.safeParse(query);
      if (!parsed.success) return { ok: false };
      const params = parsed.data;
      return {
        ok: true,
        prepared: {
          suffix: source.describe?.(params) ?? "",
          async *pages(ctx) {
            let cursor: Cursor | null = null;
            for (;;) {
              const page: Page<Row, Cursor> = await source.fetchPage(ctx, params, cursor);
              yield page.rows.map((row) => columns.map((column) => column.value(row)));
              if (page.next === null || sameCursor(page.next, cursor)) return;
              cursor = page.next;
            }
          },
        },
      };
    },
  };
}
