import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { announcementInputSchema, type AnnouncementInput } from "./announcement-input";
import { recordAnnouncement } from "./record-announcement";

/**
 * A manager posts program news: shown in the portal at once, a notice for every active
 * partner, and emailed by the announcements job to those who keep announcement emails on.
 */
export async function postAnnouncement(ctx: ProgramContext, input: AnnouncementInput) {
  const { title, body } = announcementInputSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const posted = await recordAnnouncement(tx, {
      programId: ctx.program.id,
      kind: "news",
      title,
      body,
      createdById: ctx.userId,
    });
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "announcement.posted",
      targetType: "announcement",
      targetId: posted.id,
      data: { title, notified: posted.notified },
    });
    return posted;
  });
}
