/** `npm run rally -- doctor`, run as an operator runs it: a report and an exit code, never a crash. */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort } from "../../support/free-port";

const run = promisify(execFile);
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "rally-doctor-cli-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function doctor(env: Record<string, string>, ...args: string[]) {
  return run(process.execPath, ["--import", "tsx", "scripts/rally.ts", "doctor", ...args], {
    env: {
      ...process.env,
      NODE_ENV: "test",
      STORAGE_DIR: path.join(folder, "storage"),
      SPOOL_DIR: path.join(folder, "spool"),
      ...env,
    },
  }).then(
    (ok) => ({ code: 0, stdout: ok.stdout, stderr: ok.stderr }),
    (failed: { code: number; stdout: string; stderr: string }) => failed,
  );
}

describe("rally doctor", () => {
  it("exits 0 with every check passed on a healthy setup", async () => {
    const result = await doctor({ DATABASE_URL: inject("databaseUrl") });
    expect(result.stderr).not.toContain("Error");
    expect(result.stdout).toContain("Everything checked is fine.");
    expect(result.code).toBe(0);
  });

  it("reports an unreachable database as JSON and exits 1", async () => {
    const url = `postgres://rally:pw@localhost:${await freePort()}/rally`;
    const result = await doctor({ DATABASE_URL: url }, "--json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      ok: boolean;
      checks: { name: string; ok: boolean; detail: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.checks.find((check) => check.name === "database")).toMatchObject({
      ok: false,
      detail: expect.stringContaining("cannot connect"),
    });
    expect(report.checks.find((check) => check.name === "storage")?.ok).toBe(true);
  });
});
