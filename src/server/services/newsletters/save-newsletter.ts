import { eq } from "drizzle-orm";
import { newsletters } from "~/server/db/schema";
import { conflict } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { loadManagedNewsletter } from "./managed-newsletter";
import { newsletterFieldsSchema, type NewsletterFields } from "./newsletter-input";

/** A manager starts a newsletter as a draft. */
export async function createNewsletter(ctx: ProgramContext, input: NewsletterFields) {
  const values = newsletterFieldsSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(newsletters)
      .values({ ...values, programId: ctx.program.id, createdById: ctx.userId })
      .returning();
    if (!created) throw new Error("newsletter insert returned nothing");
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "newsletter.created",
      targetType: "newsletter",
      targetId: created.id,
      data: { subject: created.subject },
    });
    return created;
  });
}

/** Only a draft can change: once scheduled it must be unscheduled first, once sent it is history. */
export async function updateNewsletter(
  ctx: ProgramContext,
  input: NewsletterFields & { newsletterId: string },
) {
  const values = newsletterFieldsSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const current = await loadManagedNewsletter(tx, ctx.program.id, input.newsletterId, {
      lock: true,
    });
    if (current.status !== "draft") throw conflict("newsletter.notDraft");
    const [updated] = await tx
      .update(newsletters)
      .set(values)
      .where(eq(newsletters.id, current.id))
      .returning();
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "newsletter.updated",
      targetType: "newsletter",
      targetId: current.id,
      data: { subject: values.subject },
    });
    return updated!;
  });
}
