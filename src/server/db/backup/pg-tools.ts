/**
 * PostgreSQL's own pg_dump and pg_restore, when a version that can read the server is at hand
 * (PG_BIN_DIR, else PATH). pg_dump refuses a server newer than itself, and the embedded
 * server ships neither, hence the check and Rally's own format as the fallback.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type PgTool = { path: string; major: number };

/** "pg_dump (PostgreSQL) 18.1" / "pg_restore (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" → 18 / 15. */
export function majorOf(versionOutput: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionOutput);
  return match ? Number(match[1]) : null;
}

/** The tool in `binDir` or on PATH when its major version is at least `serverMajor`. */
export async function findPgTool(
  name: "pg_dump" | "pg_restore",
  serverMajor: number,
  binDir: string | undefined,
): Promise<PgTool | null> {
  // A bare name is looked up on PATH by execFile itself.
  const candidate = binDir ? path.join(binDir, name) : name;
  if (binDir && !existsSync(candidate)) return null;
  const major = await run(candidate, ["--version"]).then(
    (result) => majorOf(result.stdout),
    () => null,
  );
  return major !== null && major >= serverMajor ? { path: candidate, major } : null;
}

/**
 * The connection for a child process: the password goes by PGPASSWORD, since a command line
 * can be read by every user of the machine.
 */
export function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return {
    dbname: parsed.toString(),
    // The child inherits this process's environment (PGSSLMODE and the like), as without `env`.
    // eslint-disable-next-line no-restricted-properties
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

export async function runPgTool(tool: PgTool, args: string[], env: NodeJS.ProcessEnv) {
  try {
    await run(tool.path, args, { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`${path.basename(tool.path)} failed: ${stderr || String(error)}`);
  }
}
