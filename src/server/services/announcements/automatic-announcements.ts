import { sql } from "drizzle-orm";
import type { Tx } from "~/server/db/client";
import type { commissionRules } from "~/server/db/schema";
import { recordAnnouncement } from "./record-announcement";

/**
 * Partners are told when the terms they work under change. Each function is called inside the
 * transaction of the change it reports, so a change that rolls back announces nothing.
 * Titles here are English fallbacks: the portal and the emails describe automatic
 * announcements from their data, in the reader's language (components/announcements).
 */

type Rule = Pick<
  typeof commissionRules.$inferSelect,
  "id" | "name" | "event" | "basis" | "rateBps" | "amount"
>;
type ProgramRef = { id: string; currency: string };

export function announceCommissionRule(
  tx: Tx,
  program: ProgramRef,
  rule: Rule,
  change: "created" | "updated" | "activated",
  actorId: string | null,
) {
  return recordAnnouncement(tx, {
    programId: program.id,
    kind: "commission_changed",
    title: `Commission rates changed: ${rule.name}`,
    createdById: actorId,
    data: {
      change,
      ruleId: rule.id,
      ruleName: rule.name,
      event: rule.event,
      basis: rule.basis,
      rateBps: rule.rateBps,
      amountMinor: rule.amount === null ? null : rule.amount.toString(),
      currency: program.currency,
    },
  });
}

export function announceCookieWindow(
  tx: Tx,
  programId: string,
  change: { from: number; to: number },
  actorId: string | null,
) {
  return recordAnnouncement(tx, {
    programId,
    kind: "cookie_window_changed",
    title: `Cookie window changed to ${change.to} days`,
    createdById: actorId,
    data: { from: change.from, to: change.to },
  });
}

export function announceTerms(tx: Tx, programId: string, version: number, actorId: string | null) {
  return recordAnnouncement(tx, {
    programId,
    kind: "terms_changed",
    title: `New program terms (version ${version})`,
    createdById: actorId,
    data: { version },
  });
}

const MAX_NAMES = 10;

/**
 * At most one "new creatives" announcement per program and UTC day: later creatives of the day
 * are merged into it. Its emails wait until the day is over (email-announcements.ts), so each
 * partner is emailed once with the whole day's list. No extra portal notice: every creative
 * already leaves one (create-creative.ts).
 */
export async function announceCreative(
  tx: Tx,
  programId: string,
  creative: { name: string },
  actorId: string | null,
) {
  // Serialises two uploads of the same program, so they cannot both start the day's entry.
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`announce-creatives:${programId}`}))`,
  );
  const [today] = await tx.execute<{ id: string; data: { count?: number; names?: string[] } }>(sql`
    select id, data from announcements
    where program_id = ${programId} and kind = 'creatives_changed' and emailed_at is null
      and created_at >= date_trunc('day', now() at time zone 'UTC') at time zone 'UTC'
    order by created_at desc limit 1
    for update`);
  if (!today) {
    return recordAnnouncement(tx, {
      programId,
      kind: "creatives_changed",
      title: "New creatives",
      createdById: actorId,
      data: { count: 1, names: [creative.name] },
      notify: false,
    });
  }
  const count = (today.data.count ?? 0) + 1;
  const names = [...(today.data.names ?? []), creative.name].slice(0, MAX_NAMES);
  await tx.execute(sql`
    update announcements
    set data = data || jsonb_build_object('count', ${count}::int, 'names', ${JSON.stringify(names)}::jsonb)
    where id = ${today.id}`);
  return { id: today.id, notified: 0 };
}
