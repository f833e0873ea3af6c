import type { Sql } from "postgres";
import { createDb } from "~/server/db/client";
import { migrationStatus } from "~/server/db/migration-status";
import type { Check } from "./check";
import { postgresVersion } from "./versions";

/** How long the database may take to answer before the doctor calls it unreachable. */
const CONNECT_TIMEOUT_S = 5;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Host, port and database of a connection string, without its password. */
function describeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "DATABASE_URL (not a valid URL)";
  }
}

/** Whether the database answers, then whether it has every migration of this Rally. */
export async function databaseChecks(url: string | undefined, error?: string): Promise<Check[]> {
  const skipped = (why: string): Check => ({
    name: "migrations",
    ok: false,
    detail: `not checked: ${why}`,
  });
  if (error) {
    return [
      { name: "database", ok: false, detail: error, fix: "See the message above." },
      skipped("no database"),
    ];
  }
  if (!url) {
    return [
      {
        name: "database",
        ok: false,
        detail: "DATABASE_URL is not set",
        fix: "Set DATABASE_URL to the PostgreSQL connection string, e.g. postgres://rally:secret@db:5432/rally.",
      },
      skipped("no database"),
    ];
  }
  const target = describeTarget(url);
  const unreachable = (error: unknown): Check[] => [
    {
      name: "database",
      ok: false,
      detail: `cannot connect to ${target}: ${messageOf(error)}`,
      fix: "Check DATABASE_URL (host, port, user, password, database name) and that PostgreSQL is running and reachable from here.",
    },
    skipped("the database is unreachable"),
  ];
  let connection: ReturnType<typeof createDb>;
  try {
    connection = createDb(url, { max: 1, connectTimeoutS: CONNECT_TIMEOUT_S });
  } catch (error) {
    return unreachable(error);
  }
  const { sql } = connection;
  try {
    const version = await postgresVersion(sql);
    const database: Check = {
      name: "database",
      ok: true,
      detail: `PostgreSQL ${version} at ${target}`,
    };
    return [database, await migrationsCheck(sql)];
  } catch (error) {
    return unreachable(error);
  } finally {
    await sql.end({ timeout: 1 });
  }
}

async function migrationsCheck(sql: Sql): Promise<Check> {
  try {
    const status = await migrationStatus(sql);
    if (status.unknown > 0) {
      return {
        name: "migrations",
        ok: false,
        detail: `the database has ${status.unknown} migration(s) this version of Rally does not know: a newer version migrated it`,
        fix: "Run the newer Rally version, or restore a backup taken before the upgrade.",
      };
    }
    if (status.pending.length > 0) {
      const shown = status.pending.slice(0, 3).join(", ");
      const more = status.pending.length > 3 ? ` and ${status.pending.length - 3} more` : "";
      return {
        name: "migrations",
        ok: false,
        detail: `${status.applied} of ${status.total} applied; pending: ${shown}${more}`,
        fix: "Run `rally migrate` (from a source checkout: npm run rally -- migrate).",
      };
    }
    return {
      name: "migrations",
      ok: true,
      detail: `all ${status.total} applied (latest ${status.latest})`,
    };
  } catch (error) {
    return { name: "migrations", ok: false, detail: `cannot be read: ${messageOf(error)}` };
  }
}
