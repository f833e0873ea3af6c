import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { pointEvent, pointRules } from "~/server/db/schema";
import { recordAudit } from "../../audit/record-audit";
import type { ProgramContext } from "../../context";

export const POINT_EVENTS = pointEvent.enumValues;

export const setPointRulesInput = z.object({
  rules: z
    .array(
      z.object({
        event: z.enum(POINT_EVENTS),
        points: z.number().int().min(0).max(1_000_000),
        active: z.boolean(),
      }),
    )
    .min(1)
    .max(POINT_EVENTS.length)
    .refine((rules) => new Set(rules.map((r) => r.event)).size === rules.length),
});

/** Every event with the program's rule for it (0 points, inactive, when it has none yet). */
export async function listPointRules(ctx: ProgramContext) {
  const rows = await ctx.db
    .select({ event: pointRules.event, points: pointRules.points, active: pointRules.active })
    .from(pointRules)
    .where(eq(pointRules.programId, ctx.program.id))
    .orderBy(asc(pointRules.event));
  const byEvent = new Map(rows.map((row) => [row.event, row]));
  return POINT_EVENTS.map((event) => byEvent.get(event) ?? { event, points: 0, active: false });
}

/**
 * Sets the points of the events given (one upsert). Points already awarded stay as they were:
 * the new values apply to events from now on.
 */
export async function setPointRules(
  ctx: ProgramContext,
  input: z.input<typeof setPointRulesInput>,
) {
  const { rules } = setPointRulesInput.parse(input);
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(pointRules)
      .values(rules.map((rule) => ({ programId: ctx.program.id, ...rule })))
      .onConflictDoUpdate({
        target: [pointRules.programId, pointRules.event],
        set: { points: sql`excluded.points`, active: sql`excluded.active` },
      });
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "pointRules.set",
      targetType: "program",
      targetId: ctx.program.id,
      data: Object.fromEntries(rules.map((r) => [r.event, r.active ? r.points : null])),
    });
  });
  return listPointRules(ctx);
}
