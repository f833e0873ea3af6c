/**
 * `rally doctor`'s checks against real parts: the test database, a database nobody listens
 * for, a fresh unmigrated database, folders on disk, and production's configuration rules.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { EnvSource } from "~/env";
import type { Check } from "~/server/services/system/check";
import { doctorChecks } from "~/server/services/system/doctor";
import { standaloneCommands } from "../../../scripts/lib/commands";
import { freePort } from "../../support/free-port";
import { freshDatabase } from "../data/fresh-database";
import { smtpTestServer } from "../email/smtp-server";

let folder: string;
let base: EnvSource;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "rally-doctor-"));
  base = {
    NODE_ENV: "test",
    DATABASE_URL: inject("databaseUrl"),
    STORAGE_DIR: path.join(folder, "storage"),
    SPOOL_DIR: path.join(folder, "spool"),
  };
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const byName = (checks: Check[]) => Object.fromEntries(checks.map((check) => [check.name, check]));

describe("doctorChecks", () => {
  it("passes a working setup: database reached, migrations applied, folders writable", async () => {
    const checks = await doctorChecks({ source: base });
    expect(checks.map((check) => check.name)).toEqual([
      "configuration",
      "database",
      "migrations",
      "email",
      "storage",
      "spool",
    ]);
    expect(checks.filter((check) => !check.ok)).toEqual([]);
    const found = byName(checks);
    expect(found.database!.detail).toMatch(/^PostgreSQL \d+/);
    expect(found.migrations!.detail).toMatch(/^all \d+ applied/);
    expect(found.storage!.detail).toContain("does not exist yet and can be created");
  });

  it("fails storage when STORAGE_DIR is not a folder, and says which variable to fix", async () => {
    const file = path.join(folder, "a-file");
    await writeFile(file, "not a folder");
    const under = byName(
      await doctorChecks({ source: { ...base, STORAGE_DIR: `${file}/storage` } }),
    );
    expect(under.storage).toMatchObject({ ok: false, fix: expect.stringContaining("STORAGE_DIR") });
    expect(under.storage!.detail).toContain("a part of the path is a file, not a folder");

    const itself = byName(await doctorChecks({ source: { ...base, SPOOL_DIR: file } }));
    expect(itself.spool).toMatchObject({
      ok: false,
      detail: `${file}: it is a file, not a folder`,
      fix: expect.stringContaining("SPOOL_DIR"),
    });
    expect(itself.storage!.ok).toBe(true);
  });

  it("checks configuration as production: a missing AUTH_URL is named", async () => {
    const checks = byName(
      await doctorChecks({
        source: { ...base, NODE_ENV: "production", AUTH_SECRET: "s".repeat(32) },
      }),
    );
    expect(checks.configuration).toMatchObject({
      ok: false,
      detail: "AUTH_URL: is required",
      fix: expect.stringContaining("AUTH_URL"),
    });
    // Production without an email provider cannot send sign-in links.
    expect(checks.email).toMatchObject({ ok: false, fix: expect.stringContaining("SMTP_URL") });
  });

  it("treats an unset NODE_ENV as production and lists every missing setting at once", async () => {
    const { NODE_ENV: _mode, DATABASE_URL: _url, ...rest } = base;
    const checks = byName(await doctorChecks({ source: rest }));
    for (const name of ["DATABASE_URL", "AUTH_SECRET", "AUTH_URL"])
      expect(checks.configuration!.detail).toContain(`${name}: is required`);
    expect(checks.database).toMatchObject({ ok: false, detail: "DATABASE_URL is not set" });
    expect(checks.migrations).toMatchObject({ ok: false, detail: "not checked: no database" });
  });

  it("reports a database nobody answers for, and still checks everything else", async () => {
    const port = await freePort();
    const url = `postgres://rally:secret-password@localhost:${port}/rally`;
    const checks = await doctorChecks({ source: { ...base, DATABASE_URL: url } });
    const found = byName(checks);
    expect(found.database).toMatchObject({
      ok: false,
      fix: expect.stringContaining("DATABASE_URL"),
    });
    expect(found.database!.detail).toContain(`cannot connect to localhost:${port}/rally`);
    expect(JSON.stringify(checks)).not.toContain("secret-password");
    expect(found.migrations!.detail).toBe("not checked: the database is unreachable");
    expect(found.storage!.ok).toBe(true);
  });

  it("tries the SMTP server: a server that signs in passes, one that is gone fails", async () => {
    const smtp = smtpTestServer();
    const port = await smtp.start();
    const SMTP_URL = `smtp://rally:mail-password@localhost:${port}`;
    try {
      const reached = byName(await doctorChecks({ source: { ...base, SMTP_URL } }));
      expect(reached.email).toMatchObject({ ok: true });
      expect(reached.email!.detail).toContain(`localhost:${port}`);
      expect(smtp.logins).toEqual([{ username: "rally", password: "mail-password" }]);
    } finally {
      await smtp.stop();
    }
    const gone = byName(await doctorChecks({ source: { ...base, SMTP_URL } }));
    expect(gone.email).toMatchObject({ ok: false, fix: expect.stringContaining("SMTP_URL") });
    expect(JSON.stringify(gone.email)).not.toContain("mail-password");
  });

  it("tells to run rally migrate when the database lacks migrations", async () => {
    const fresh = await freshDatabase();
    try {
      const found = byName(await doctorChecks({ source: { ...base, DATABASE_URL: fresh.url } }));
      expect(found.database!.ok).toBe(true);
      expect(found.migrations).toMatchObject({
        ok: false,
        detail: expect.stringMatching(/^0 of \d+ applied; pending: 0000_/),
        fix: expect.stringContaining("rally migrate"),
      });
    } finally {
      await fresh.drop();
    }
  });
});

describe("rally doctor", () => {
  it("prints the report and exits 1 when a check fails, 0 when all pass", async () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, base);
      const passing = await standaloneCommands.doctor!.run({});
      expect(passing.exitCode).toBe(0);
      expect(passing.text).toContain("Everything checked is fine.");
      expect(passing.data).toMatchObject({ ok: true });

      process.env.STORAGE_DIR = "/proc/version/storage";
      const failing = await standaloneCommands.doctor!.run({});
      expect(failing.exitCode).toBe(1);
      expect(failing.text).toMatch(/^FAIL {2}storage/m);
      expect(failing.text).toContain("fix: Point STORAGE_DIR");
      expect(failing.text).toContain("1 of 6 checks failed.");
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});
