import { eq } from "drizzle-orm";
import { contests } from "~/server/db/schema";
import { conflict } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { contestView, loadProgramContest } from "./contest-view";

/** Drafts and launched contests can be cancelled until the freeze; results are never undone. */
export async function cancelContest(ctx: ProgramContext, input: { contestId: string }) {
  return ctx.db.transaction(async (tx) => {
    await loadProgramContest(tx, ctx.program.id, input.contestId);
    const [contest] = await tx
      .select()
      .from(contests)
      .where(eq(contests.id, input.contestId))
      .for("update");
    if (!contest || contest.cancelledAt || contest.frozenAt)
      throw conflict("contestNotCancellable");
    const cancelledAt = new Date();
    await tx.update(contests).set({ cancelledAt }).where(eq(contests.id, contest.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "contest.cancelled",
      targetType: "contest",
      targetId: contest.id,
      data: { name: contest.name },
    });
    return contestView({ ...contest, cancelledAt });
  });
}
