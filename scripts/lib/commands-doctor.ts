import { formatChecks } from "~/server/services/system/check";
import {
  checksAsProduction,
  doctorChecks,
  type DoctorOptions,
} from "~/server/services/system/doctor";
import { openSharedDatabase } from "./database";

type Options = Record<string, string | boolean | undefined>;

/** A command run before (and without) the database being opened and migrated. */
export type StandaloneCommand = {
  summary: string;
  run: (options: Options) => Promise<{ text: string; data: unknown; exitCode: number }>;
};

/**
 * The database the doctor examines: DATABASE_URL; in development without one, the embedded
 * server the other commands use. Production has no embedded server, so there a missing
 * DATABASE_URL is reported, not papered over.
 */
async function withDatabase<T>(
  run: (database: Pick<DoctorOptions, "databaseUrl" | "databaseError">) => Promise<T>,
): Promise<T> {
  if (process.env.DATABASE_URL || checksAsProduction(process.env)) return run({});
  let database;
  try {
    database = await openSharedDatabase(() => {});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return run({ databaseError: `the embedded PostgreSQL did not start: ${message}` });
  }
  try {
    return await run({ databaseUrl: database.url });
  } finally {
    await database.stop();
  }
}

/**
 * Commands that must not have the database opened and migrated first: the doctor reports an
 * unreachable database or pending migrations instead of failing on them.
 */
export const standaloneCommands: Record<string, StandaloneCommand> = {
  doctor: {
    summary:
      "doctor   check configuration, database, migrations, email, storage and spool (exit code 1 when one fails)",
    async run() {
      const checks = await withDatabase((database) =>
        doctorChecks({ source: process.env, ...database }),
      );
      const ok = checks.every((check) => check.ok);
      return { text: formatChecks(checks), data: { ok, checks }, exitCode: ok ? 0 : 1 };
    },
  },
};
