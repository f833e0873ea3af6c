import PgBoss from "pg-boss";
import { env } from "~/env";
import { queues } from "./queues";

/** pg-boss keeps its tables in their own schema, away from the app's migrations. */
export const BOSS_SCHEMA = "pgboss";

/**
 * A pg-boss instance on the app's database. It is not started here: the worker starts it
 * (which installs or migrates the pgboss schema) and code that only sends jobs may too.
 */
export function createBoss(connectionString = env().DATABASE_URL) {
  if (!connectionString) throw new Error("DATABASE_URL is not set: the worker needs the database.");
  const boss = new PgBoss({
    connectionString,
    schema: BOSS_SCHEMA,
    application_name: "rally-worker",
    max: 4,
  });
  // Without a listener an error event would crash the process; pg-boss retries on its own.
  boss.on("error", (error) => console.error("[rally-worker] pg-boss error", error));
  return boss;
}

/**
 * Creates every queue (idempotent). "stately" keeps at most one job queued and one active per
 * queue, so a slow run never piles up a backlog of identical cron jobs behind it.
 */
export async function createQueues(boss: PgBoss): Promise<void> {
  for (const name of Object.values(queues)) {
    await boss.createQueue(name, { name, policy: "stately", retryLimit: 3, retryDelay: 30 });
  }
}
