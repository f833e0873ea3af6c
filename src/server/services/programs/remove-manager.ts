import { and, eq } from "drizzle-orm";
import { programMembers, users } from "~/server/db/schema";
import { conflict, notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";

/**
 * Takes a person off the program's managers, audited. The last manager stays: a program
 * nobody manages could only be reached again by an owner from the command line. A manager may
 * remove themselves while another remains. The member rows are locked first, so two managers
 * removing each other at the same moment cannot leave the program with none.
 */
export async function removeManager(ctx: ProgramContext, input: { userId: string }) {
  return ctx.db.transaction(async (tx) => {
    const members = await tx
      .select({ userId: programMembers.userId, email: users.email })
      .from(programMembers)
      .innerJoin(users, eq(users.id, programMembers.userId))
      .where(eq(programMembers.programId, ctx.program.id))
      .for("update", { of: programMembers });
    const target = members.find((member) => member.userId === input.userId);
    if (!target) throw notFound("manager");
    if (members.length === 1) throw conflict("lastManager");
    await tx
      .delete(programMembers)
      .where(
        and(eq(programMembers.programId, ctx.program.id), eq(programMembers.userId, target.userId)),
      );
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "manager.removed",
      targetType: "user",
      targetId: target.userId,
      data: { email: target.email },
    });
    return { userId: target.userId, email: target.email };
  });
}
