import {
  checkEnv,
  EnvError,
  envSchema,
  parseEnv,
  webRequirements,
  type Env,
  type EnvSource,
} from "~/env";
import { createDb } from "~/server/db/client";
import { migrationStatus } from "~/server/db/migration-status";
import { describeEmailTransport, verifyEmailTransport } from "~/server/email/transport";
import { formatBytes, type Check } from "./check";
import { LOW_SPACE_BYTES, probeFolder } from "./folder-probe";
import { postgresVersion } from "./versions";

export type DoctorOptions = {
  /** The environment to check: the command line passes its own. */
  source: EnvSource;
  /** The database to check, when not the source's DATABASE_URL (the embedded one in development). */
  databaseUrl?: string;
  /** Why the database to check could not be opened (the embedded server did not start). */
  databaseError?: string;
};

/** How long the database may take to answer before the doctor calls it unreachable. */
const CONNECT_TIMEOUT_S = 5;
/** An email server that has not answered in this long is as good as down for sign-in links. */
const EMAIL_TIMEOUT_MS = 20_000;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Checked as production unless NODE_ENV names another mode: the doctor is run on servers,
 * where an unset NODE_ENV must not hide what production would refuse to start without.
 */
export function checksAsProduction(source: EnvSource): boolean {
  const mode = source.NODE_ENV?.trim();
  return !mode || mode === "production";
}

/**
 * Everything `rally doctor` checks, in the order a deployment depends on it: configuration,
 * database, migrations, email, storage, spool. Never throws: a problem is a failed check
 * with its fix, so one run lists all of them.
 */
export async function doctorChecks(options: DoctorOptions): Promise<Check[]> {
  const { source } = options;
  const production = checksAsProduction(source);
  const checks = [configurationCheck(source, production)];
  const url = options.databaseUrl ?? (source.DATABASE_URL?.trim() || undefined);
  checks.push(...(await databaseChecks(url, options.databaseError)));
  checks.push(await emailCheck(source, production));
  checks.push(await folderCheck("storage", "STORAGE_DIR", setting(source, "STORAGE_DIR")));
  checks.push(await folderCheck("spool", "SPOOL_DIR", setting(source, "SPOOL_DIR")));
  return checks;
}

function setting(source: EnvSource, name: "STORAGE_DIR" | "SPOOL_DIR"): string {
  return source[name]?.trim() || envSchema.shape[name].parse(undefined);
}

function configurationCheck(source: EnvSource, production: boolean): Check {
  const checked = production ? { ...source, NODE_ENV: "production" } : source;
  try {
    checkEnv(checked, webRequirements(checked));
    return {
      name: "configuration",
      ok: true,
      detail: production
        ? "every setting is valid and production's required ones are set"
        : `every setting is valid (NODE_ENV=${source.NODE_ENV?.trim()}: production's required settings were not checked)`,
    };
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    const names = [...new Set(error.problems.map((problem) => problem.split(":")[0]))];
    return {
      name: "configuration",
      ok: false,
      detail: error.problems.join("; "),
      fix: `Set or correct ${names.join(", ")} in the environment Rally starts with.`,
    };
  }
}

/** Host, port and database of a connection string, without its password. */
function describeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "DATABASE_URL (not a valid URL)";
  }
}

async function databaseChecks(url: string | undefined, error?: string): Promise<Check[]> {
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

async function migrationsCheck(sql: Parameters<typeof migrationStatus>[0]): Promise<Check> {
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

async function emailCheck(source: EnvSource, production: boolean): Promise<Check> {
  let settings: Env;
  try {
    settings = parseEnv(source);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    return { name: "email", ok: false, detail: "not checked: the configuration is invalid" };
  }
  const checked = { ...settings, NODE_ENV: production ? "production" : settings.NODE_ENV };
  const transport = describeEmailTransport(checked);
  if (transport.kind === "outbox") {
    // Production without a provider cannot send sign-in links; the demo keeps mail on purpose.
    const fine = !production || settings.RALLY_DEMO;
    return {
      name: "email",
      ok: fine,
      detail: fine
        ? transport.detail
        : `${transport.detail}: nobody receives mail, sign-in links included`,
      fix: "Set SMTP_URL (or RESEND_API_KEY) so Rally can send email.",
    };
  }
  const verified = await withTimeout(verifyEmailTransport(checked), EMAIL_TIMEOUT_MS);
  return {
    name: "email",
    ok: verified.ok,
    detail: `${transport.detail}: ${verified.message}`,
    fix:
      transport.kind === "smtp"
        ? "Check SMTP_URL (host, port, user, password, TLS) and that this server may reach it."
        : "Check RESEND_API_KEY and that this server may reach Resend's API.",
  };
}

function withTimeout<T extends { ok: boolean; message: string }>(work: Promise<T>, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ ok: false; message: string }>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, message: `no answer in ${ms / 1000} s` }), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function folderCheck(name: string, variable: string, dir: string): Promise<Check> {
  const folder = await probeFolder(dir);
  const space = folder.freeBytes === null ? "" : `, ${formatBytes(folder.freeBytes)} free`;
  if (!folder.writable) {
    return {
      name,
      ok: false,
      detail: `${folder.path}: ${folder.problem ?? "cannot be written"}`,
      fix: `Point ${variable} to a folder the user running Rally can write to (create it and give that user ownership).`,
    };
  }
  if (folder.freeBytes !== null && folder.freeBytes < LOW_SPACE_BYTES) {
    return {
      name,
      ok: false,
      detail: `${folder.path}: only ${formatBytes(folder.freeBytes)} free`,
      fix: `Free disk space, or point ${variable} to a larger disk.`,
    };
  }
  return {
    name,
    ok: true,
    detail: folder.exists
      ? `${folder.path} is writable${space}`
      : `${folder.path} does not exist yet and can be created (Rally creates it on first use)${space}`,
  };
}
