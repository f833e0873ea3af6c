import { programMembers } from "~/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { findOrCreateUser } from "../users/find-or-create-user";

/** Makes a person (created if new) a manager of the program; repeating it changes nothing. */
export async function addManager(ctx: ProgramContext, input: { email: string }) {
  return ctx.db.transaction(async (tx) => {
    const user = await findOrCreateUser(tx, { email: input.email });
    const added = await tx
      .insert(programMembers)
      .values({ programId: ctx.program.id, userId: user.id })
      .onConflictDoNothing()
      .returning();
    if (added.length > 0) {
      await recordAudit(tx, {
        programId: ctx.program.id,
        actorId: ctx.userId,
        action: "manager.added",
        targetType: "user",
        targetId: user.id,
        data: { email: user.email },
      });
    }
    return { userId: user.id, email: user.email, added: added.length > 0 };
  });
}
