import { eq } from "drizzle-orm";
import { users } from "~/server/db/schema";
import { sendEmail } from "~/server/email/send";
import { forbidden } from "~/server/errors";
import type { Locale } from "~/i18n/locales";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { loadManagedNewsletter } from "./managed-newsletter";
import { sampleLinks } from "./preview-newsletter";

/**
 * Sends what is on the manager's screen to the manager alone, marked [Test]. It is not a
 * recipient: it counts in no statistics and does not start the newsletter.
 */
export async function sendTestNewsletter(
  ctx: ProgramContext,
  input: { subject: string; body: string; locale: Locale; newsletterId?: string },
) {
  if (!ctx.userId) throw forbidden();
  // A foreign id must not end up in this program's audit log.
  if (input.newsletterId) await loadManagedNewsletter(ctx.db, ctx.program.id, input.newsletterId);
  const [manager] = await ctx.db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, ctx.userId));
  if (!manager) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const sent = await sendEmail(tx, {
      to: manager.email,
      locale: input.locale,
      template: "newsletter",
      props: {
        programName: ctx.program.name,
        subject: input.subject,
        body: input.body,
        imageHosts: ctx.program.allowedImageHosts,
        reason: "test",
        ...sampleLinks(),
      },
    });
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "newsletter.testSent",
      targetType: input.newsletterId ? "newsletter" : "program",
      targetId: input.newsletterId ?? ctx.program.id,
      data: { subject: input.subject, to: manager.email },
    });
    return { email: manager.email, status: sent.status };
  });
}
