import { eq, sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { users } from "~/server/db/schema";
import { forbidden, notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import { normalizeEmail } from "./find-or-create-user";

/** An owner through the console, or the command line (no person: audited as "system"). */
export type DeploymentContext = { db: Db; userId: string | null };

/**
 * Disables a person (their sessions end at the next request, sign-in is refused) or enables
 * them again. Disabling also raises the session version, so enabling later does not bring
 * back a session that was open, or stolen, before. Owners cannot disable themselves: a
 * deployment whose only owner did so could not be run from the console any more.
 */
export async function setUserDisabled(
  ctx: DeploymentContext,
  target: { id: string } | { email: string },
  disabled: boolean,
) {
  return ctx.db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email, disabledAt: users.disabledAt })
      .from(users)
      .where(
        "id" in target ? eq(users.id, target.id) : eq(users.email, normalizeEmail(target.email)),
      )
      .for("update");
    if (!user) throw notFound("user");
    if (disabled && user.id === ctx.userId) throw forbidden("disableSelf");
    if (disabled === (user.disabledAt !== null)) return { ...user, changed: false };
    const [updated] = await tx
      .update(users)
      .set(
        disabled
          ? { disabledAt: new Date(), sessionVersion: sql`${users.sessionVersion} + 1` }
          : { disabledAt: null },
      )
      .where(eq(users.id, user.id))
      .returning({ id: users.id, email: users.email, disabledAt: users.disabledAt });
    await recordAudit(tx, {
      programId: null,
      actorId: ctx.userId,
      action: disabled ? "user.disabled" : "user.enabled",
      targetType: "user",
      targetId: user.id,
      data: { email: user.email },
    });
    return { ...updated!, changed: true };
  });
}
