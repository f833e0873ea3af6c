import { count, desc, eq, sql } from "drizzle-orm";
import { newsletterRecipients, newsletters } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { loadManagedNewsletter } from "./managed-newsletter";
import { offsetOf } from "~/lib/paging";

export const NEWSLETTERS_PAGE = 20;

/** The program's newsletters, newest first, with recipient and sent counts. */
export async function listNewsletters(ctx: ProgramContext, input: { page: number }) {
  const where = eq(newsletters.programId, ctx.program.id);
  const recipients = sql<number>`(select count(*)::int from ${newsletterRecipients} r where r.newsletter_id = ${newsletters.id})`;
  const sent = sql<number>`(select count(*)::int from ${newsletterRecipients} r where r.newsletter_id = ${newsletters.id} and r.status = 'sent')`;
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        id: newsletters.id,
        subject: newsletters.subject,
        status: newsletters.status,
        scheduledAt: newsletters.scheduledAt,
        finishedAt: newsletters.finishedAt,
        createdAt: newsletters.createdAt,
        recipients,
        sent,
      })
      .from(newsletters)
      .where(where)
      .orderBy(desc(newsletters.createdAt), desc(newsletters.id))
      .limit(NEWSLETTERS_PAGE)
      .offset(offsetOf(input.page, NEWSLETTERS_PAGE)),
    ctx.db.select({ value: count() }).from(newsletters).where(where),
  ]);
  const totalCount = total?.value ?? 0;
  return {
    items: rows,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(totalCount / NEWSLETTERS_PAGE)),
    total: totalCount,
  };
}

export async function getNewsletter(ctx: ProgramContext, input: { newsletterId: string }) {
  const newsletter = await loadManagedNewsletter(ctx.db, ctx.program.id, input.newsletterId);
  return { ...newsletter, editable: newsletter.status === "draft" };
}
