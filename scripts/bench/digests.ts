/**
 * Digests: 10,000 partners of one program with two weeks of activity (generated in SQL: a
 * stats_daily row per partner and day, a commission each, half of them approved during the
 * week), a running clicks contest with a milestone, new creatives and an upcoming webinar,
 * partners' languages spread over en/pl/ru. Then the hourly job's work is timed on the Monday
 * morning after: every personalised digest's facts gathered, rendered with react-email and
 * handed to the transport. The transport is the outbox insert (no RESEND_API_KEY), the same
 * code path as production up to the provider call. The run happens in a child process with
 * NODE_ENV=production, as the worker runs; it samples its RSS every 100 ms for the peak.
 */
import type postgres from "postgres";
import { fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { duePeriod } from "~/server/services/digests/period";
import type { DigestChildResult } from "./digests-child";
import type { BenchOptions } from "./options";

const DAY = 86_400_000;

export async function benchDigests(
  sql: postgres.Sql,
  databaseUrl: string,
  options: Pick<BenchOptions, "partners">,
  log: (line: string) => void,
) {
  // The outbox is the transport here, whatever the shell exports.
  delete process.env.RESEND_API_KEY;
  process.env.EMAIL_LINK_SECRET ??= randomUUID();
  const now = nextMondayMorning();
  const period = duePeriod(now, "UTC", "weekly");
  if (!period) throw new Error("the bench clock is not digest time");
  const started = Date.now();
  const programId = await generateDigestData(sql, options.partners, period, now);
  log(`  ${options.partners.toLocaleString("en")} partners generated in ${since(started)} s`);

  // Measured in a child process: production React, and an RSS that is the run's alone.
  const child = await runChild(databaseUrl, programId, now);
  const seconds = child.seconds;
  const result = child.result;
  const [check] = await sql<{ emails: number; sends: number }[]>`
    select (select count(*) from emails where template = 'partnerDigest'
        and idempotency_key like ${`digest:partner:%:${period.key}`})::int as emails,
      (select count(*) from digest_sends d join enrollments e on d.recipient_key = 'partner:' || e.id
        where e.program_id = ${programId} and d.period = ${period.key})::int as sends`;
  if (result.partners.sent !== options.partners || check?.sends !== options.partners) {
    throw new Error(
      `expected ${options.partners} digests, sent ${result.partners.sent} (${check?.sends} recorded)`,
    );
  }
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  log(
    `    ${result.partners.sent} digests rendered and handed over in ${round(seconds)} s (${Math.round(result.partners.sent / seconds)}/s), peak RSS ${mb(child.rssPeak)} MB (${mb(child.rssBefore)} MB before), peak heap ${mb(child.heapPeak)} MB`,
  );
  return {
    figures: { digests_10k_s: round(seconds), digests_peak_rss_mb: mb(child.rssPeak) },
    details: {
      partners: options.partners,
      period: period.key,
      sent: result.partners.sent,
      outbox_rows: check?.emails,
      per_second: Math.round(result.partners.sent / seconds),
      rss_before_mb: mb(child.rssBefore),
      rss_peak_mb: mb(child.rssPeak),
      heap_peak_mb: mb(child.heapPeak),
      transport: "outbox insert (emails table), no provider",
    },
  };
}

async function runChild(
  databaseUrl: string,
  programId: string,
  now: Date,
): Promise<DigestChildResult> {
  const child = fork(
    path.join(import.meta.dirname, "digests-child.ts"),
    [programId, now.toISOString()],
    {
      execArgv: ["--import", "tsx"],
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    },
  );
  try {
    return await new Promise<DigestChildResult>((resolve, reject) => {
      child.once("message", (message) => resolve(message as DigestChildResult));
      child.once("exit", (code) => reject(new Error(`digests-child exited with code ${code}`)));
    });
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  }
}

function nextMondayMorning(): Date {
  const today = new Date();
  const days = (8 - today.getUTCDay()) % 7 || 7;
  const monday = new Date(today.getTime() + days * DAY);
  return new Date(`${monday.toISOString().slice(0, 10)}T08:30:00Z`);
}

async function generateDigestData(
  sql: postgres.Sql,
  partners: number,
  period: { from: string; to: string; previousFrom: string },
  now: Date,
): Promise<string> {
  const tag = randomUUID().slice(0, 8);
  const [program] = await sql<{ id: string }[]>`
    insert into programs (slug, name, currency, cookie_window_days, hold_period_days, current_terms_version)
    values (${`bench-digests-${tag}`}, 'Bench digests', 'EUR', 30, 14, 1) returning id`;
  const programId = program!.id;
  await sql.begin(async (tx) => {
    await tx`
      insert into users (email, name, locale)
      select 'bench-digest-' || ${tag} || '-' || g || '@bench.rally.test', 'Digest partner ' || g,
        (array['en', 'pl', 'ru'])[1 + g % 3]
      from generate_series(1, ${partners}::int) g`;
    await tx`
      insert into enrollments (program_id, partner_id, status, accepted_terms_version, decided_at)
      select ${programId}, id, 'approved', 1, now() from users
      where email like ${`bench-digest-${tag}-%`}`;
    // Two weeks of rollups: the digest's week and the one before.
    await tx`
      insert into stats_daily (program_id, enrollment_id, day, clicks, unique_clicks, sales, revenue, commission)
      select ${programId}, e.id, d::date, c, c, s, s * 4900, s * 490
      from enrollments e,
        generate_series(${period.previousFrom}::date, ${period.to}::date, interval '1 day') d,
        lateral (select floor(random() * 40)::int as c, floor(random() * 3)::int as s) r
      where e.program_id = ${programId}`;
    await tx`
      insert into ledger_entries (program_id, enrollment_id, kind, amount, currency, status, hold_until)
      select ${programId}, id, 'commission', 490 + floor(random() * 5000)::bigint, 'EUR', 'pending', now()
      from enrollments where program_id = ${programId}`;
    await tx`
      update ledger_entries set status = 'approved'
      where program_id = ${programId} and enrollment_id in (
        select id from enrollments where program_id = ${programId} order by id
        limit ${Math.floor(partners / 2)})`;
    await tx`
      insert into contests (program_id, name, metric, starts_on, ends_on, milestones, launched_at)
      values (${programId}, 'Bench click sprint', 'clicks', ${period.from}::date,
        ${period.to}::date + 14, '[{"threshold": "500", "label": "Five hundred"}]'::jsonb, now())`;
    await tx`
      insert into creatives (program_id, kind, name, body)
      select ${programId}, 'ad_copy', 'Bench copy ' || g, 'Text' from generate_series(1, 3) g`;
    await tx`
      insert into webinars (program_id, title, starts_at, time_zone, duration_minutes, join_url)
      values (${programId}, 'Bench webinar', ${new Date(now.getTime() + 3 * DAY).toISOString()}::timestamptz,
        'Europe/Warsaw', 45, 'https://meet.example.com/bench')`;
  });
  await sql`vacuum analyze stats_daily, enrollments, users, ledger_entries, ledger_events`;
  return programId;
}

const since = (start: number) => Math.round((Date.now() - start) / 100) / 10;
const round = (n: number) => Math.round(n * 100) / 100;
