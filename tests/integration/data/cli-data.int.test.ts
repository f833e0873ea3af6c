/** `rally migrate`, `rally backup` and `rally restore`, run as an operator runs them. */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readJournal } from "~/server/db/migration-status";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

const run = promisify(execFile);
const databases: FreshDatabase[] = [];
let folder: string | undefined;

async function rally(databaseUrl: string, ...args: string[]) {
  return run(process.execPath, ["--import", "tsx", "scripts/rally.ts", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PG_BIN_DIR: "" },
  }).then(
    (ok) => ({ code: 0, stdout: ok.stdout, stderr: ok.stderr }),
    (failed: { code: number; stdout: string; stderr: string }) => failed,
  );
}

async function fresh() {
  const database = await freshDatabase();
  databases.push(database);
  return database;
}

afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("rally migrate", () => {
  it("is the only way a production database is migrated: other commands point at it", async () => {
    const database = await fresh();
    const behind = await rally(database.url, "programs", "list");
    expect(behind.code).toBe(1);
    expect(behind.stderr).toContain(`migration(s) behind this Rally`);
    expect(behind.stderr).toContain("run `rally migrate` first");

    const migrated = await rally(database.url, "migrate", "--json");
    expect(migrated.code).toBe(0);
    const tags = readJournal().map((entry) => entry.tag);
    expect(JSON.parse(migrated.stdout)).toEqual({ applied: tags, total: tags.length });

    const again = await rally(database.url, "migrate");
    expect(again.stdout).toContain(`The database is up to date (${tags.length} migrations).`);
    expect((await rally(database.url, "programs", "list", "--json")).code).toBe(0);
  });
});

describe("rally --version", () => {
  it("prints the installed version without touching a database", async () => {
    const { version } = JSON.parse(await readFile("package.json", "utf8")) as { version: string };
    const printed = await rally("postgres://rally:secret@localhost:1/rally", "--version");
    expect(printed).toMatchObject({ code: 0, stdout: `Rally ${version}\n` });
  });
});

describe("rally doctor", () => {
  it("runs without the command line opening the database first, and reports it unreachable", async () => {
    const doctor = await rally("postgres://rally:secret@localhost:1/rally", "doctor");
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/^FAIL {2}database {7}cannot connect to localhost:1\/rally/m);
    expect(doctor.stderr).toBe("");
  });
});

// Three command-line processes, each loading the compiled code: 21 s beside the whole tier.
describe("rally backup and restore", { timeout: 120_000 }, () => {
  it("backs up the database and restores it into an empty one, refusing a second restore", async () => {
    folder = await mkdtemp(path.join(tmpdir(), "rally-cli-backup-"));
    const file = path.join(folder, "rally.backup");
    const backup = await rally(inject("databaseUrl"), "backup", "--file", file, "--json");
    expect(backup.code).toBe(0);
    // No pg_dump here can read the server (the embedded PostgreSQL is newer than Debian's).
    expect(JSON.parse(backup.stdout)).toMatchObject({
      file,
      format: "rally",
      migration: readJournal().at(-1)!.tag,
    });

    const target = await fresh();
    const restored = await rally(target.url, "restore", "--file", file);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^Restored \d+ rows of \d+ tables from /);

    const twice = await rally(target.url, "restore", "--file", file);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain("or pass --force to replace everything Rally keeps");
    expect(twice.stderr).not.toMatch(/\n\s+at /);

    const missing = await rally(target.url, "restore", "--file", path.join(folder, "nothing"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("cannot be read (ENOENT)");
  });
});
