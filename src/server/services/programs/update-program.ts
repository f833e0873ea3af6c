import { eq } from "drizzle-orm";
import { conflict } from "~/server/errors";
import type { z } from "zod";
import { conversions, programs } from "~/server/db/schema";
import type { programSettingsSchema } from "~/lib/validation/programs";
import { announceCookieWindow } from "../announcements/automatic-announcements";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";

export type ProgramSettings = z.output<typeof programSettingsSchema>;

/** Changes a program's settings; the audit entry keeps the fields that changed, before and after. */
export async function updateProgram(ctx: ProgramContext, input: ProgramSettings) {
  const before = ctx.program;
  const changes = Object.fromEntries(
    Object.entries(input).filter(
      ([key, value]) =>
        JSON.stringify(before[key as keyof ProgramSettings]) !== JSON.stringify(value),
    ),
  );
  if (Object.keys(changes).length === 0) return before;
  return ctx.db.transaction(async (tx) => {
    // Amounts are stored in the program's currency: once money is recorded it cannot change.
    if ("currency" in changes) {
      const [recorded] = await tx
        .select({ id: conversions.id })
        .from(conversions)
        .where(eq(conversions.programId, before.id))
        .limit(1);
      if (recorded) throw conflict("currencyLocked");
    }
    const [program] = await tx
      .update(programs)
      .set(changes)
      .where(eq(programs.id, before.id))
      .returning();
    await recordAudit(tx, {
      programId: before.id,
      actorId: ctx.userId,
      action: "program.updated",
      targetType: "program",
      targetId: before.id,
      data: Object.fromEntries(
        Object.keys(changes).map((key) => [
          key,
          { from: before[key as keyof ProgramSettings], to: changes[key] },
        ]),
      ),
    });
    if ("cookieWindowDays" in changes) {
      await announceCookieWindow(
        tx,
        before.id,
        { from: before.cookieWindowDays, to: input.cookieWindowDays },
        ctx.userId,
      );
    }
    return program ?? before;
  });
}
