import { appendFile, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ClickEvent } from "../record-events";
import { openClickSpool } from "./click-spool";

const click = (id: string, occurredAt = Date.now()): ClickEvent => ({
  kind: "click",
  id,
  occurredAt,
  programId: "7d3c2a4e-0000-4000-8000-000000000001",
  linkId: "7d3c2a4e-0000-4000-8000-000000000002",
  enrollmentId: "7d3c2a4e-0000-4000-8000-000000000003",
  billable: true,
  isUnique: true,
  ipHash: "h",
  country: "PL",
  subId: null,
});

const newDir = () => mkdtemp(path.join(tmpdir(), "rally-spool-test-"));

describe("click spool", () => {
  it("group-commits concurrent appends into one file and finds them again after a restart", async () => {
    const dir = await newDir();
    const spool = await openClickSpool({ dir, maxBytes: 1e6, maxAgeMs: 3_600_000 });
    const results = await Promise.all([
      spool.append([click("a"), click("b")]),
      spool.append([click("c")]),
    ]);
    expect(results).toEqual([true, true]);
    expect(spool.depth().records).toBe(3);

    // A second process opening the folder (the first one was killed) replays the same clicks.
    const reopened = await openClickSpool({ dir, maxBytes: 1e6, maxAgeMs: 3_600_000 });
    expect(reopened.depth().records).toBe(3);
    const [segment] = reopened.sealed();
    expect((await reopened.read(segment!)).clicks.map((c) => c.id)).toEqual(["a", "b", "c"]);
    await reopened.remove(segment!);
    expect(reopened.depth()).toEqual({ records: 0, bytes: 0, oldestAgeS: null });
  });

  it("folder lock: refuses a folder another running process spools into", async () => {
    const dir = await newDir();
    // pid 1 always runs: as if another ingest server had the folder.
    await writeFile(path.join(dir, "spool.lock"), "1\n");
    await expect(openClickSpool({ dir, maxBytes: 1e6, maxAgeMs: 1000 })).rejects.toThrow(
      "in use by process 1",
    );
    // A lock of a process that no longer runs is taken over.
    await writeFile(path.join(dir, "spool.lock"), "999999999\n");
    await expect(openClickSpool({ dir, maxBytes: 1e6, maxAgeMs: 1000 })).resolves.toBeDefined();
  });

  it("torn-record recovery: a file cut mid-record is replayed up to the torn record", async () => {
    const dir = await newDir();
    const spool = await openClickSpool({ dir, maxBytes: 1e6, maxAgeMs: 3_600_000 });
    await spool.append([click("a"), click("b")]);
    const [file] = (await readdir(dir)).filter((name) => name.endsWith(".spool"));
    await appendFile(path.join(dir, file!), '0badc0de {"id":"c","occur');

    const reopened = await openClickSpool({ dir, maxBytes: 1e6, maxAgeMs: 3_600_000 });
    expect(reopened.depth().records).toBe(2);
    const read = await reopened.read(reopened.sealed()[0]!);
    expect(read.clicks.map((c) => c.id)).toEqual(["a", "b"]);
    expect(read.skipped).toBe(1);
    // New clicks go to a new file, never after the torn record.
    await reopened.append([click("d")]);
    expect((await readdir(dir)).filter((name) => name.endsWith(".spool"))).toHaveLength(2);
  });

  it("spool bound: refuses clicks once full by size or by the age of its oldest click", async () => {
    const bySize = await openClickSpool({
      dir: await newDir(),
      maxBytes: 300,
      maxAgeMs: 3_600_000,
    });
    expect(await bySize.append([click("a"), click("b")])).toBe(true);
    expect(await bySize.append([click("c")])).toBe(false);
    expect(bySize.depth().records).toBe(2);

    const byAge = await openClickSpool({ dir: await newDir(), maxBytes: 1e6, maxAgeMs: 1000 });
    expect(await byAge.append([click("old", Date.now() - 5000)])).toBe(true);
    expect(await byAge.append([click("new")])).toBe(false);
  });
});
