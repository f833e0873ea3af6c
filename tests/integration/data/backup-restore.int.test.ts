/**
 * `rally backup` and `rally restore` in Rally's own format: a program's balances and totals
 * read through the same services from a fresh database restored from the backup.
 */
import { mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastDays } from "~/lib/period";
import { backupDatabase } from "~/server/db/backup/backup-database";
import { restoreDatabase } from "~/server/db/backup/restore-database";
import { createDb, type Executor } from "~/server/db/client";
import { migrationStatus } from "~/server/db/migration-status";
import { enrollments, ledgerEntries } from "~/server/db/schema/index";
import { balancesFor } from "~/server/services/ledger/balances";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { rangeTotals } from "~/server/services/stats/program/range-totals";
import { inject } from "vitest";
import { db } from "../../support/db";
import { makePartner } from "../../support/factories";
import { insertApproved } from "../../support/ledger";
import { addClick, addLink, addRule, programWithKey } from "../conversions/fixtures";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

let folder: string;
let file: string;
let setup: Awaited<ReturnType<typeof buildProgram>>;
const databases: FreshDatabase[] = [];

/** A program with a two-level network, sales through the conversion service and a bonus. */
async function buildProgram() {
  const { program } = await programWithKey({ overrideBps: [1000, 500] });
  await addRule(program.id, { rateBps: 1000 });
  const top = await makePartner(program.id);
  const seller = await makePartner(program.id, { referredById: top.enrollment.id });
  const link = await addLink(program.id, seller.enrollment.id);
  const clickId = await addClick(link);
  for (const [n, amount] of [10_000, 25_050, 7_300].entries()) {
    await recordConversion(
      { db, program },
      { type: "sale", external_id: `order-${n}`, amount, currency: "EUR", click_id: clickId },
    );
  }
  await insertApproved({ programId: program.id, enrollmentId: top.enrollment.id, amount: 1234n });
  return { program, partners: [top.enrollment, seller.enrollment] };
}

async function readFigures(executor: Executor) {
  const balances = await balancesFor(
    executor,
    setup.partners.map((enrollment) => ({ id: enrollment.id, currency: "EUR" })),
  );
  const totals = await rangeTotals(executor, setup.program.id, lastDays(30, new Date()));
  const [entries] = await executor
    .select({ count: count() })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.programId, setup.program.id));
  return { balances: Object.fromEntries(balances), totals, entries: entries!.count };
}

async function fresh() {
  const database = await freshDatabase();
  databases.push(database);
  return database;
}

/** Reads `url` through the services, closing its pool after. */
async function figuresIn(url: string) {
  const target = createDb(url, { max: 2 });
  try {
    return await readFigures(target.db);
  } finally {
    await target.sql.end();
  }
}

async function rallyTables(url: string) {
  const target = createDb(url, { max: 1 });
  try {
    const [row] = await target.sql<{ count: number }[]>`
      select count(*)::int as count from pg_tables where schemaname in ('public', 'drizzle')`;
    return row!.count;
  } finally {
    await target.sql.end();
  }
}

beforeAll(async () => {
  setup = await buildProgram();
  folder = await mkdtemp(path.join(tmpdir(), "rally-backup-"));
  file = path.join(folder, "rally.backup");
  const result = await backupDatabase(inject("databaseUrl"), file, { format: "rally" });
  expect(result).toMatchObject({
    format: "rally",
    header: { rallyVersion: expect.stringMatching(/^\d+\.\d+\.\d+/) },
  });
});

afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  await rm(folder, { recursive: true, force: true });
});

// Each case creates databases and restores several times, every restore applying all the
// migrations first: seconds alone, but beside the whole integration tier on one PostgreSQL a
// single case took over 30 s.
describe("backup and restore", { timeout: 120_000 }, () => {
  it("restores into a fresh database with the same balances, totals and migrations", async () => {
    const expected = await readFigures(db);
    expect(expected.entries).toBeGreaterThan(3);
    expect(expected.balances[setup.partners[0]!.id]!.available).toBe(1234n);
    expect(expected.totals.partners.sales).toBe(3);

    const target = await fresh();
    const restored = await restoreDatabase(target.url, file);
    expect(restored).toMatchObject({ format: "rally", pending: [] });
    expect(await figuresIn(target.url)).toEqual(expected);

    const restoredDb = createDb(target.url, { max: 1 });
    try {
      expect(await migrationStatus(restoredDb.sql)).toMatchObject({ pending: [], unknown: 0 });
      // Sequences carry on where they were: a new ledger entry (its history row has an
      // identity id) does not collide with a restored one, and the ledger's triggers are back.
      await restoredDb.db.insert(ledgerEntries).values({
        programId: setup.program.id,
        enrollmentId: setup.partners[1]!.id,
        kind: "commission",
        amount: 500n,
        currency: "EUR",
        status: "pending",
        holdUntil: new Date(),
      });
      await expect(
        restoredDb.db.delete(ledgerEntries).where(eq(ledgerEntries.programId, setup.program.id)),
      ).rejects.toThrow();
      const [enrolled] = await restoredDb.db
        .select({ count: count() })
        .from(enrollments)
        .where(eq(enrollments.programId, setup.program.id));
      expect(enrolled!.count).toBe(2);
    } finally {
      await restoredDb.sql.end();
    }
  });

  it("refuses a database holding Rally tables unless forced, and then replaces them", async () => {
    const target = await fresh();
    await restoreDatabase(target.url, file);
    await expect(restoreDatabase(target.url, file)).rejects.toThrow(
      /already holds \d+ of Rally's tables.*--force/s,
    );
    const restored = await restoreDatabase(target.url, file, { force: true });
    expect(restored.format).toBe("rally");
    expect(await figuresIn(target.url)).toEqual(await readFigures(db));
  });

  it("fails on a truncated or damaged file with a clear message, leaving the target as it was", async () => {
    const original = await readFile(file);
    const cut = path.join(folder, "cut.backup");
    await writeFile(cut, original);
    await truncate(cut, Math.floor(original.length / 2));
    // One byte changed early, midway and late: in the header, in rows, near the checksum.
    const damaged = await Promise.all(
      [0.05, 0.5, 0.95].map(async (at) => {
        const bytes = Buffer.from(original);
        bytes[Math.floor(bytes.length * at)]! ^= 0xff;
        const name = path.join(folder, `damaged-${at}.backup`);
        await writeFile(name, bytes);
        return name;
      }),
    );

    const empty = await fresh();
    await expect(restoreDatabase(empty.url, cut)).rejects.toThrow(/damaged or incomplete/);
    expect(await rallyTables(empty.url)).toBe(0);

    // A forced restore that fails keeps what the database held before.
    const full = await fresh();
    await restoreDatabase(full.url, file);
    const before = await figuresIn(full.url);
    await expect(restoreDatabase(full.url, cut, { force: true })).rejects.toThrow(
      /damaged or incomplete/,
    );
    for (const name of damaged) {
      await expect(restoreDatabase(full.url, name, { force: true })).rejects.toThrow(/damaged/);
    }
    expect(await figuresIn(full.url)).toEqual(before);

    const notABackup = path.join(folder, "notes.txt");
    await writeFile(notABackup, "hello");
    await expect(restoreDatabase(empty.url, notABackup)).rejects.toThrow(
      /neither a Rally backup nor a pg_dump/,
    );
  });
});

describe("an edited backup", { timeout: 120_000 }, () => {
  it("fails, naming the table whose rows PostgreSQL refused, instead of hanging", async () => {
    const lines = gunzipSync(await readFile(file))
      .toString("utf8")
      .split("\n");
    const header = JSON.parse(lines[0]!) as { tables: { schema: string; name: string }[] };
    const index = header.tables.findIndex((table) => table.name === "programs");
    // The end of the programs table: its last row is where the bad one goes.
    let seen = -1;
    const end = lines.findIndex((line, at) => at > 0 && line === "\\." && ++seen === index);
    lines.splice(end, 0, "not\ta\tprogram");
    const edited = path.join(folder, "edited.backup");
    await writeFile(edited, gzipSync(lines.join("\n")));

    const target = await fresh();
    await expect(restoreDatabase(target.url, edited)).rejects.toThrow(
      /PostgreSQL refused the rows of "public"\."programs"/,
    );
    expect(await rallyTables(target.url)).toBe(0);
  });
});
