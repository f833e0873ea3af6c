import { envSchema, type EnvSource } from "~/env";
import type { Check } from "./check";
import { configurationCheck } from "./config-check";
import { databaseChecks } from "./database-checks";
import { emailCheck } from "./email-check";
import { folderCheck } from "./folder-check";

export type DoctorOptions = {
  /** The environment to check: the command line passes its own. */
  source: EnvSource;
  /** The database to check, when not the source's DATABASE_URL (the embedded one in development). */
  databaseUrl?: string;
  /** Why the database to check could not be opened (the embedded server did not start). */
  databaseError?: string;
};

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
