import { and, desc, eq, lt } from "drizzle-orm";
import { auditLog, users } from "~/server/db/schema";
import type { ProgramContext } from "../context";

export type AuditPage = Awaited<ReturnType<typeof listAudit>>;

/** Newest first, keyset-paginated by id so deep pages stay as fast as the first. */
export async function listAudit(ctx: ProgramContext, input: { before?: number; limit: number }) {
  const rows = await ctx.db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      data: auditLog.data,
      createdAt: auditLog.createdAt,
      actorEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.programId, ctx.program.id),
        input.before ? lt(auditLog.id, input.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? last.id : null };
}
