import { and, eq } from "drizzle-orm";
import { enrollments, links } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ActorContext } from "../context";

/**
 * A partner turns one of their own links off or on again. A disabled link still takes
 * visitors to the destination (printed links keep working) but earns nothing.
 */
export async function setLinkDisabled(
  ctx: ActorContext,
  input: { linkId: string; disabled: boolean },
) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ link: links })
      .from(links)
      .innerJoin(enrollments, eq(enrollments.id, links.enrollmentId))
      .where(and(eq(links.id, input.linkId), eq(enrollments.partnerId, ctx.userId)))
      .for("update", { of: links });
    if (!row) throw notFound("link");
    if ((row.link.disabledAt !== null) === input.disabled) {
      return { id: row.link.id, disabled: input.disabled, changed: false };
    }
    await tx
      .update(links)
      .set({ disabledAt: input.disabled ? new Date() : null })
      .where(eq(links.id, row.link.id));
    await recordAudit(tx, {
      programId: row.link.programId,
      actorId: ctx.userId,
      action: input.disabled ? "link.disabled" : "link.enabled",
      targetType: "link",
      targetId: row.link.id,
      data: { code: row.link.code },
    });
    return { id: row.link.id, disabled: input.disabled, changed: true };
  });
}
