import type { Sql } from "postgres";
import { queues } from "~/server/jobs/queues";

/**
 * pg-boss's schema, BOSS_SCHEMA of ~/server/jobs/boss.ts (a test keeps the two equal). Not
 * imported from there, so the web app reading these counts does not bundle pg-boss itself.
 */
export const JOB_SCHEMA = "pgboss";

export type QueueDepth = {
  name: string;
  /** Waiting to run (including jobs scheduled for later). */
  created: number;
  /** Failed at least once, waiting for another attempt. */
  retry: number;
  active: number;
  /** Failed for good, kept until pg-boss archives them. */
  failed: number;
  lastCompletedAt: Date | null;
  lastFailedAt: Date | null;
};

type Row = Omit<QueueDepth, "lastCompletedAt" | "lastFailedAt"> & {
  lastCompletedAt: number | null;
  lastFailedAt: number | null;
};

export type QueueStatus = {
  /** False until a worker has started once on this database (it installs pg-boss's tables). */
  installed: boolean;
  queues: QueueDepth[];
  /** Queues this Rally uses that the worker has not created yet (it has not run since). */
  missing: string[];
};

/**
 * Jobs per queue and state, and each queue's last finished run, counted straight from
 * pg-boss's tables: it needs no running worker, so it also tells whether one is running.
 * Finished jobs move to the archive after a while, so last runs are looked for in both.
 */
export async function queueStatus(sql: Sql): Promise<QueueStatus> {
  const schema = sql(JOB_SCHEMA);
  const [tables] = await sql<{ job: string | null; archive: string | null }[]>`
    select to_regclass(${`${JOB_SCHEMA}.job`})::text as job,
           to_regclass(${`${JOB_SCHEMA}.archive`})::text as archive`;
  if (!tables?.job) return { installed: false, queues: [], missing: Object.values(queues) };

  const archived = tables.archive
    ? sql`union all select name, state, completed_on from ${schema}.archive`
    : sql``;
  // Times as epoch milliseconds: the app's connection leaves timestamps as text (drizzle sets
  // it up so), and text in PostgreSQL's format is not one every JavaScript engine parses.
  const rows = await sql<Row[]>`
    with runs as (
      select name, state, completed_on from ${schema}.job
      ${archived}
    ), last_runs as (
      select name,
             max(completed_on) filter (where state = 'completed') as completed,
             max(completed_on) filter (where state = 'failed') as failed
      from runs group by name
    ), depths as (
      select name,
             count(*) filter (where state = 'created') as created,
             count(*) filter (where state = 'retry') as retry,
             count(*) filter (where state = 'active') as active,
             count(*) filter (where state = 'failed') as failed
      from ${schema}.job group by name
    )
    select q.name,
           coalesce(d.created, 0)::int as created,
           coalesce(d.retry, 0)::int as retry,
           coalesce(d.active, 0)::int as active,
           coalesce(d.failed, 0)::int as failed,
           extract(epoch from l.completed)::float8 * 1000 as "lastCompletedAt",
           extract(epoch from l.failed)::float8 * 1000 as "lastFailedAt"
    from ${schema}.queue q
    left join depths d on d.name = q.name
    left join last_runs l on l.name = q.name
    -- pg-boss's own bookkeeping queues (__pgboss__send-it…) are no job of Rally's.
    where q.name not like '\\_\\_pgboss\\_\\_%'
    order by q.name`;
  const present = new Set(rows.map((row) => row.name));
  return {
    installed: true,
    queues: rows.map((row) => ({
      ...row,
      lastCompletedAt: row.lastCompletedAt === null ? null : new Date(row.lastCompletedAt),
      lastFailedAt: row.lastFailedAt === null ? null : new Date(row.lastFailedAt),
    })),
    missing: Object.values(queues).filter((name) => !present.has(name)),
  };
}
