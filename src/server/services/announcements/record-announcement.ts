import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { announcements } from "~/server/db/schema";
import type { AnnouncementKind } from "~/lib/announcements";

export type NewAnnouncement = {
  programId: string;
  kind: AnnouncementKind;
  /** Managers' own title; automatic ones keep an English fallback, readers see theirs. */
  title: string;
  body?: string;
  data?: Record<string, unknown>;
  createdById?: string | null;
  /** Whether to leave a notice in each active partner's portal (creatives already do). */
  notify?: boolean;
};

/**
 * Writes an announcement and, in the same statement batch, a portal notice for every approved
 * partner of the program: call it inside the transaction that makes the change, so the news
 * and the change commit together. Its emails go out later (email-announcements.ts).
 */
export async function recordAnnouncement(tx: Executor, input: NewAnnouncement) {
  const [row] = await tx
    .insert(announcements)
    .values({
      programId: input.programId,
      kind: input.kind,
      title: input.title,
      body: input.body ?? "",
      data: input.data ?? {},
      createdById: input.createdById ?? null,
    })
    .returning({ id: announcements.id });
  if (!row) throw new Error("the announcement insert returned no row");
  let notified = 0;
  if (input.notify !== false) {
    // One statement however many partners, as creatives do.
    const notices = await tx.execute(sql`
      insert into notifications (user_id, program_id, kind, data)
      select e.partner_id, e.program_id, 'announcement.posted',
             jsonb_build_object('announcementId', ${row.id}::text,
                                'announcementKind', ${input.kind}::text,
                                'title', ${input.title}::text)
      from enrollments e
      where e.program_id = ${input.programId} and e.status = 'approved'`);
    notified = notices.count;
  }
  return { id: row.id, notified };
}
