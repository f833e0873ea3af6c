import { and, desc, eq, gte, ilike, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import { containsPattern } from "~/lib/like-pattern";
import { auditLog, users } from "~/server/db/schema";
import { addDays } from "~/lib/dates";
import type { ProgramContext } from "../context";

/** Action and target type keys are identifiers such as "enrollment.approve". */
const keySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/);

export const auditSearchInput = z
  .object({
    /** The id of the last entry of the previous page. */
    before: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(100).default(50),
    action: keySchema.optional(),
    /** Part of the actor's email. */
    actor: z.string().trim().min(1).max(200).optional(),
    targetType: keySchema.optional(),
    targetId: z.string().trim().min(1).max(200).optional(),
    /** Inclusive UTC days. */
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    /** Free text over the action, the target id and the recorded data. */
    q: z.string().trim().min(1).max(200).optional(),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: "rangeReversed",
    path: ["to"],
  });

export type AuditSearch = z.input<typeof auditSearchInput>;
export type AuditPage = Awaited<ReturnType<typeof listAudit>>;

/**
 * The program's audit log, newest first, searchable by action, actor, target, UTC days and
 * free text. Keyset-paginated by id so deep pages stay as fast as the first; the filters only
 * narrow the same walk down the log.
 */
export async function listAudit(ctx: ProgramContext, input: AuditSearch) {
  const { before, limit, action, actor, targetType, targetId, from, to, q } =
    auditSearchInput.parse(input);
  const text = q ? containsPattern(q) : undefined;
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
        before ? lt(auditLog.id, before) : undefined,
        action ? eq(auditLog.action, action) : undefined,
        actor ? ilike(users.email, containsPattern(actor)) : undefined,
        targetType ? eq(auditLog.targetType, targetType) : undefined,
        targetId ? eq(auditLog.targetId, targetId) : undefined,
        from ? gte(auditLog.createdAt, new Date(`${from}T00:00:00Z`)) : undefined,
        to ? lt(auditLog.createdAt, new Date(`${addDays(to, 1)}T00:00:00Z`)) : undefined,
        text
          ? or(
              ilike(auditLog.action, text),
              ilike(auditLog.targetId, text),
              ilike(sql`${auditLog.data}::text`, text),
            )
          : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? last.id : null };
}
