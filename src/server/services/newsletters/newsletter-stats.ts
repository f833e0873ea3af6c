import { sql, type SQL } from "drizzle-orm";
import type { ProgramContext } from "../context";
import { loadManagedNewsletter } from "./managed-newsletter";
import type { RecipientFilter } from "./newsletter-input";
import { offsetOf } from "~/lib/paging";

export const RECIPIENTS_PAGE = 50;

/**
 * Someone unsubscribed after the send started: as a subscriber, or by turning a partner's
 * newsletters off (the preference row's last change is after the start).
 */
const unsubscribedSql = sql`(
  exists (select 1 from subscribers s where s.id = r.subscriber_id
    and s.status = 'unsubscribed' and s.unsubscribed_at >= n.started_at)
  or exists (select 1 from partner_email_preferences p where p.enrollment_id = r.enrollment_id
    and not p.newsletters and p.updated_at >= n.started_at))`;

/** Totals of one newsletter: the recipients' states and what the provider reported since. */
export async function newsletterStats(ctx: ProgramContext, input: { newsletterId: string }) {
  const newsletter = await loadManagedNewsletter(ctx.db, ctx.program.id, input.newsletterId);
  const rows = await ctx.db.execute<Record<string, number>>(sql`
    select count(*)::int as recipients,
      count(*) filter (where r.status = 'sent')::int as sent,
      count(*) filter (where r.status = 'pending')::int as pending,
      count(*) filter (where r.status = 'failed')::int as failed,
      count(*) filter (where r.status = 'suppressed')::int as suppressed,
      count(*) filter (where e.delivered_at is not null)::int as delivered,
      count(*) filter (where e.bounced_at is not null)::int as bounced,
      count(*) filter (where e.complained_at is not null)::int as complained,
      count(*) filter (where ${unsubscribedSql})::int as unsubscribed
    from newsletter_recipients r
    join newsletters n on n.id = r.newsletter_id
    left join emails e on e.id = r.email_id
    where r.newsletter_id = ${newsletter.id}`);
  const row = rows[0] ?? {};
  const keys = [
    "recipients",
    "sent",
    "pending",
    "failed",
    "suppressed",
    "delivered",
    "bounced",
    "complained",
    "unsubscribed",
  ] as const;
  return Object.fromEntries(keys.map((key) => [key, Number(row[key] ?? 0)])) as Record<
    (typeof keys)[number],
    number
  >;
}

const filters: Record<RecipientFilter, SQL> = {
  all: sql`true`,
  pending: sql`r.status = 'pending'`,
  sent: sql`r.status = 'sent'`,
  failed: sql`r.status = 'failed'`,
  suppressed: sql`r.status = 'suppressed'`,
  delivered: sql`e.delivered_at is not null`,
  bounced: sql`e.bounced_at is not null`,
  complained: sql`e.complained_at is not null`,
};

export type RecipientRow = {
  email: string;
  kind: "partner" | "subscriber" | "both";
  status: "pending" | "sent" | "failed" | "suppressed";
  sentAt: Date | null;
  deliveredAt: Date | null;
  bouncedAt: Date | null;
  complainedAt: Date | null;
};

/** One page of a newsletter's recipients by address, optionally of one state. */
export async function listRecipients(
  ctx: ProgramContext,
  input: { newsletterId: string; filter: RecipientFilter; page: number },
) {
  const newsletter = await loadManagedNewsletter(ctx.db, ctx.program.id, input.newsletterId);
  const from = sql`from newsletter_recipients r left join emails e on e.id = r.email_id
    where r.newsletter_id = ${newsletter.id} and ${filters[input.filter]}`;
  const [rows, totals] = await Promise.all([
    ctx.db.execute<Record<string, unknown>>(sql`
      select r.email, r.status, r.sent_at, r.enrollment_id, r.subscriber_id,
        e.delivered_at, e.bounced_at, e.complained_at
      ${from} order by r.email
      limit ${RECIPIENTS_PAGE} offset ${offsetOf(input.page, RECIPIENTS_PAGE)}`),
    ctx.db.execute<{ total: number }>(sql`select count(*)::int as total ${from}`),
  ]);
  const date = (value: unknown) => (value ? new Date(value as string) : null);
  const items: RecipientRow[] = rows.map((row) => ({
    email: String(row.email),
    kind: row.enrollment_id ? (row.subscriber_id ? "both" : "partner") : "subscriber",
    status: row.status as RecipientRow["status"],
    sentAt: date(row.sent_at),
    deliveredAt: date(row.delivered_at),
    bouncedAt: date(row.bounced_at),
    complainedAt: date(row.complained_at),
  }));
  const total = Number(totals[0]?.total ?? 0);
  return {
    items,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / RECIPIENTS_PAGE)),
    total,
  };
}
