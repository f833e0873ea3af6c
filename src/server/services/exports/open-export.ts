import type { Db } from "~/server/db/client";
import { DomainError } from "~/server/errors";
import { utcDay } from "~/lib/dates";
import { recordAudit } from "../audit/record-audit";
import { resolveManagedProgram } from "../programs/resolve-managed-program";
import { csvStream } from "./csv-stream";
import { exportTables, isExportName } from "./registry";

export type ExportRequest = { slug: string; table: string; query: URLSearchParams };

export type OpenedExport =
  | { ok: true; filename: string; body: ReadableStream<Uint8Array> }
  | { ok: false; status: 401 | 404 | 400 };

/**
 * Opens a CSV export for the route handler: the program is found only through the caller's
 * own membership (a program they do not manage is a 404, like an unknown table), the table's
 * permission is checked, its filters parsed, and the export audited (it hands out partners'
 * names and emails). Nothing is read until the returned stream is.
 */
export async function openExport(
  ctx: { db: Db; userId: string | null },
  request: ExportRequest,
): Promise<OpenedExport> {
  if (!ctx.userId) return { ok: false, status: 401 };
  if (!isExportName(request.table)) return { ok: false, status: 404 };
  const table = exportTables[request.table];
  const membership = await resolveManagedProgram(
    ctx.db,
    ctx.userId,
    { slug: request.slug },
    table.permission,
  ).catch((error: unknown) => {
    // A program the caller may not export from is a 404, like an unknown table.
    if (error instanceof DomainError) return null;
    throw error;
  });
  if (!membership) return { ok: false, status: 404 };
  const opened = table.parse(Object.fromEntries(request.query));
  if (!opened.ok) return { ok: false, status: 400 };
  const { program } = membership;
  await recordAudit(ctx.db, {
    programId: program.id,
    actorId: ctx.userId,
    action: "export.downloaded",
    targetType: "export",
    targetId: request.table,
    data: { filters: request.query.toString().slice(0, 500) },
  });
  const programCtx = { db: ctx.db, userId: ctx.userId, program };
  const suffix = opened.prepared.suffix || utcDay(new Date());
  return {
    ok: true,
    // Slugs are [a-z0-9-] and suffixes are dates: nothing to escape in the header.
    filename: `${request.table}-${program.slug}-${suffix}.csv`,
    body: csvStream(table.header, opened.prepared.pages(programCtx)),
  };
}
