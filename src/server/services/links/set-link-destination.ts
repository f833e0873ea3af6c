import { and, eq } from "drizzle-orm";
import { checkDestination } from "~/lib/validation/destination";
import { enrollments, links, programs } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ActorContext } from "../context";

/**
 * A partner points one of their own links at another page, under the same rule as a new link
 * (the program's allowed domains as they are now): how a link whose domain the manager has
 * since removed is put right without losing its printed code. The redirect picks the change up
 * with the link cache's TTL.
 */
export async function setLinkDestination(
  ctx: ActorContext,
  input: { linkId: string; destination: string },
) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ link: links, allowedDomains: programs.allowedDomains })
      .from(links)
      .innerJoin(enrollments, eq(enrollments.id, links.enrollmentId))
      .innerJoin(programs, eq(programs.id, links.programId))
      .where(and(eq(links.id, input.linkId), eq(enrollments.partnerId, ctx.userId)))
      .for("update", { of: links });
    if (!row) throw notFound("link");
    const checked = checkDestination(input.destination, row.allowedDomains);
    if (!checked.ok) {
      throw new DomainError("BAD_REQUEST", `destination.${checked.problem}`, {
        domains: row.allowedDomains.join(", "),
      });
    }
    if (checked.url === row.link.destination) return { id: row.link.id, destination: checked.url };
    await tx.update(links).set({ destination: checked.url }).where(eq(links.id, row.link.id));
    await recordAudit(tx, {
      programId: row.link.programId,
      actorId: ctx.userId,
      action: "link.destinationChanged",
      targetType: "link",
      targetId: row.link.id,
      data: { code: row.link.code, from: row.link.destination, to: checked.url },
    });
    return { id: row.link.id, destination: checked.url };
  });
}
