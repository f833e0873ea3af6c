import { and, eq, isNull } from "drizzle-orm";
import { contests } from "~/server/db/schema";
import { conflict } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import type { ContestInput } from "./contest-input";
import { loadProgramContest } from "./contest-view";

export async function createContest(ctx: ProgramContext, input: ContestInput) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(contests)
      .values({ ...input, programId: ctx.program.id, createdById: ctx.userId })
      .returning({ id: contests.id });
    if (!row) throw new Error("contest insert returned nothing");
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "contest.created",
      targetType: "contest",
      targetId: row.id,
      data: { name: input.name },
    });
    return { id: row.id };
  });
}

/** Drafts only: once launched, partners were told the rules and they must not move. */
export async function updateContest(ctx: ProgramContext, contestId: string, input: ContestInput) {
  return ctx.db.transaction(async (tx) => {
    const contest = await loadProgramContest(tx, ctx.program.id, contestId);
    if (contest.launchedAt || contest.cancelledAt) throw conflict("contestNotDraft");
    const updated = await tx
      .update(contests)
      .set({ ...input, updatedAt: new Date() })
      .where(and(eq(contests.id, contest.id), isNull(contests.launchedAt)))
      .returning({ id: contests.id });
    if (updated.length === 0) throw conflict("contestNotDraft");
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "contest.updated",
      targetType: "contest",
      targetId: contest.id,
      data: { name: input.name },
    });
    return { id: contest.id };
  });
}
