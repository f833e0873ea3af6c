import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Sends SIGSTOP or SIGCONT to a local PostgreSQL server (the postmaster named in its data
 * folder's postmaster.pid, and every backend under it): a stalled database, as the outage
 * tests and the bench need it. Stopping the postmaster alone would leave open connections
 * answering.
 */
export function signalPostgres(dataDir: string, signal: "SIGSTOP" | "SIGCONT"): void {
  const postmaster = Number(
    readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0],
  );
  let backends: number[] = [];
  try {
    backends = execFileSync("pgrep", ["-P", String(postmaster)], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch {
    // pgrep exits 1 when there are none.
  }
  for (const pid of [postmaster, ...backends]) {
    try {
      process.kill(pid, signal);
    } catch {
      // A backend that ended in between.
    }
  }
}
