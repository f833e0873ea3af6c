import { eq } from "drizzle-orm";
import { z } from "zod";
import { programs } from "~/server/db/schema";
import { recordAudit } from "../../audit/record-audit";
import type { ProgramContext } from "../../context";

export const tierSettingsInput = z.object({
  tierWindowDays: z.number().int().min(7).max(730),
  tierGraceDays: z.number().int().min(0).max(365),
});

export function tierSettings(ctx: ProgramContext) {
  return { tierWindowDays: ctx.program.tierWindowDays, tierGraceDays: ctx.program.tierGraceDays };
}

/** How far back tier points count and how long a partner keeps a tier below its threshold. */
export async function updateTierSettings(
  ctx: ProgramContext,
  input: z.input<typeof tierSettingsInput>,
) {
  const settings = tierSettingsInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    await tx.update(programs).set(settings).where(eq(programs.id, ctx.program.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "tierSettings.updated",
      targetType: "program",
      targetId: ctx.program.id,
      data: { before: tierSettings(ctx), after: settings },
    });
    return settings;
  });
}
