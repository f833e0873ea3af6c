import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { executePrepared } from "~/server/tracking/prepared-sql";
import { contestStandingsFacts, type ContestFacts } from "./contest-facts";
import type { WebinarFact } from "./digest-content";
import { addDays } from "~/lib/dates";
import { type DigestPeriod } from "./period";

/** What every partner of a program shares in a digest run. */
export type ProgramPartnerFacts = {
  contests: ContestFacts[];
  newCreatives: { count: number; names: string[] };
  webinars: (WebinarFact & { audienceTierKeys: string[] })[];
};

export type ProgramFactsCache = { get: (programId: string) => Promise<ProgramPartnerFacts> };

/** Upcoming webinars are those of the next two weeks. */
export const WEBINAR_HORIZON_DAYS = 14;
const NAMES_SHOWN = 3;

/**
 * Program-wide facts computed once per program and run (a contest's standings are one ranking
 * of the whole program), whatever the number of batches. Kept for the run only: a run covers
 * a bounded number of programs, and each entry is small next to the batch it serves.
 */
export function programFactsCache(
  db: Executor,
  period: DigestPeriod,
  now: Date,
): ProgramFactsCache {
  const cache = new Map<string, Promise<ProgramPartnerFacts>>();
  return {
    get(programId) {
      let hit = cache.get(programId);
      if (!hit) {
        hit = loadProgramFacts(db, programId, period, now);
        cache.set(programId, hit);
      }
      return hit;
    },
  };
}

async function loadProgramFacts(
  db: Executor,
  programId: string,
  period: DigestPeriod,
  now: Date,
): Promise<ProgramPartnerFacts> {
  const start = `${period.from}T00:00:00Z`;
  const end = `${addDays(period.to, 1)}T00:00:00Z`;
  const horizon = new Date(now.getTime() + WEBINAR_HORIZON_DAYS * 86_400_000);
  const [creatives, webinars, contests] = await Promise.all([
    executePrepared<{ name: string; total: number }>(
      db,
      sql`
      select name, count(*) over ()::int as total from creatives
      where program_id = ${programId} and archived_at is null
        and created_at >= ${start}::timestamptz and created_at < ${end}::timestamptz
      order by created_at desc limit ${NAMES_SHOWN}`,
    ),
    executePrepared<{
      id: string;
      title: string;
      starts_at: Date | string;
      time_zone: string;
      audience_tier_keys: string[];
    }>(
      db,
      sql`
      select id, title, starts_at, time_zone, audience_tier_keys from webinars
      where program_id = ${programId} and cancelled_at is null
        and starts_at > ${now.toISOString()}::timestamptz
        and starts_at <= ${horizon.toISOString()}::timestamptz
      order by starts_at limit 5`,
    ),
    contestStandingsFacts(db, programId, now),
  ]);
  return {
    contests,
    newCreatives: { count: creatives[0]?.total ?? 0, names: creatives.map((c) => c.name) },
    webinars: webinars.map((w) => ({
      id: w.id,
      title: w.title,
      startsAt: new Date(w.starts_at),
      timeZone: w.time_zone,
      audienceTierKeys: w.audience_tier_keys,
    })),
  };
}
