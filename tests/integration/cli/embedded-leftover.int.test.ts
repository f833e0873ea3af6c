/**
 * A launcher killed with SIGKILL leaves its PostgreSQL running. The next start must notice,
 * say so, stop the orphan and start cleanly — not hang or fail with a bare `undefined`.
 */
import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isAlive, runningServer, startEmbeddedDatabase } from "~/server/db/embedded";
import { freePort } from "../../support/free-port";

let folder = "";
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("embedded PostgreSQL left over by a killed run", () => {
  it("is detected, reported, stopped and replaced; a reuse caller connects to it instead", async () => {
    folder = await mkdtemp(path.join(tmpdir(), "rally-orphan-"));
    await chmod(folder, 0o755);
    const dataDir = path.join(folder, "pg");
    const port = await freePort();
    const script = `
      import { startEmbeddedDatabase } from "./src/server/db/embedded.ts";
      await startEmbeddedDatabase({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, whenRunning: "replace" });
      console.log("ready");
      setInterval(() => {}, 1000);`;
    const launcher = spawn(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve, reject) => {
      launcher.stdout.on(
        "data",
        (chunk: Buffer) => chunk.toString().includes("ready") && resolve(),
      );
      launcher.once("exit", (code) => reject(new Error(`launcher exited early (${code})`)));
    });
    launcher.kill("SIGKILL");
    await new Promise((resolve) => launcher.once("exit", resolve));

    const orphan = runningServer(dataDir);
    expect(orphan).not.toBeNull();

    const reused = await startEmbeddedDatabase({ dataDir, port, whenRunning: "reuse" });
    expect(reused.owned).toBe(false);

    const messages: string[] = [];
    const database = await startEmbeddedDatabase({
      dataDir,
      port,
      whenRunning: "replace",
      log: (line) => messages.push(line),
    });
    try {
      expect(messages.join("\n")).toContain(
        `left running by an earlier run was found (pid ${orphan!.pid})`,
      );
      expect(isAlive(orphan!.pid)).toBe(false);
      expect(database.owned).toBe(true);
      expect(runningServer(dataDir)?.pid).not.toBe(orphan!.pid);
    } finally {
      await database.stop();
    }
    expect(runningServer(dataDir)).toBeNull();
  });
});
