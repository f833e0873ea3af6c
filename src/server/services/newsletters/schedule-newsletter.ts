import { eq } from "drizzle-orm";
import { newsletters } from "~/server/db/schema";
import { conflict, DomainError } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { estimateAudience } from "./estimate-audience";
import { loadManagedNewsletter } from "./managed-newsletter";

const YEAR = 366 * 86_400_000;

/**
 * A draft goes out at `at`, or now when `at` is null. "Now" marks it sending: the worker's
 * every-minute run starts it (and resumes any send a crash interrupted), so the web request
 * never waits for the mail to go out.
 */
export async function scheduleNewsletter(
  ctx: ProgramContext,
  input: { newsletterId: string; at: Date | null },
  now = new Date(),
) {
  if (input.at && input.at.getTime() <= now.getTime())
    throw new DomainError("BAD_REQUEST", "newsletter.scheduleInPast");
  if (input.at && input.at.getTime() > now.getTime() + YEAR)
    throw new DomainError("BAD_REQUEST", "newsletter.scheduleTooFar");
  return ctx.db.transaction(async (tx) => {
    const current = await loadManagedNewsletter(tx, ctx.program.id, input.newsletterId, {
      lock: true,
    });
    if (current.status !== "draft") throw conflict("newsletter.notDraft");
    if (!input.at) {
      const { recipients } = await estimateAudience(tx, ctx.program.id, current.audience);
      if (recipients === 0) throw conflict("newsletter.noRecipients");
    }
    const [updated] = await tx
      .update(newsletters)
      .set(
        input.at
          ? { status: "scheduled", scheduledAt: input.at }
          : { status: "sending", scheduledAt: now },
      )
      .where(eq(newsletters.id, current.id))
      .returning();
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: input.at ? "newsletter.scheduled" : "newsletter.sendStarted",
      targetType: "newsletter",
      targetId: current.id,
      data: { subject: current.subject, at: (input.at ?? now).toISOString() },
    });
    return updated!;
  });
}

/**
 * Cancelling a scheduled newsletter returns it to the drafts (nothing was sent); cancelling
 * one that is sending stops it after the batch in flight, and the rest stay unsent.
 */
export async function cancelNewsletter(ctx: ProgramContext, input: { newsletterId: string }) {
  return ctx.db.transaction(async (tx) => {
    const current = await loadManagedNewsletter(tx, ctx.program.id, input.newsletterId, {
      lock: true,
    });
    if (current.status !== "scheduled" && current.status !== "sending")
      throw conflict("newsletter.notCancellable");
    const stopping = current.status === "sending";
    const [updated] = await tx
      .update(newsletters)
      .set(
        stopping
          ? { status: "cancelled", finishedAt: new Date() }
          : { status: "draft", scheduledAt: null },
      )
      .where(eq(newsletters.id, current.id))
      .returning();
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: stopping ? "newsletter.cancelled" : "newsletter.unscheduled",
      targetType: "newsletter",
      targetId: current.id,
      data: { subject: current.subject },
    });
    return updated!;
  });
}
