import { env } from "~/env";
import type { Db } from "~/server/db/client";
import { migrationStatus, type MigrationStatus } from "~/server/db/migration-status";
import { describeEmailTransport } from "~/server/email/transport";
import { probeFolder, type FolderStatus } from "./folder-probe";
import { queueStatus, type QueueStatus } from "./queue-status";
import { postgresVersion, RALLY_VERSION, type Versions } from "./versions";

/** A part of the report, or why it could not be read (the rest of the page still shows). */
export type Part<T> = { ok: true; value: T } | { ok: false; error: string };

export type SystemReport = {
  versions: Versions;
  migrations: Part<MigrationStatus>;
  queues: Part<QueueStatus>;
  email: ReturnType<typeof describeEmailTransport>;
  storage: FolderStatus;
  checkedAt: Date;
};

async function part<T>(read: () => Promise<T>): Promise<Part<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * What an owner's System page shows: versions, migrations, job queues, the email transport
 * and the upload storage of this deployment. Only reads, and sends nothing over the network
 * (the transport is described, not tried): it runs on every visit of the page.
 */
export async function systemReport(db: Db): Promise<SystemReport> {
  const sql = db.$client;
  const [postgres, migrations, queues, storage] = await Promise.all([
    part(() => postgresVersion(sql)),
    part(() => migrationStatus(sql)),
    part(() => queueStatus(sql)),
    probeFolder(env().STORAGE_DIR),
  ]);
  return {
    versions: {
      rally: RALLY_VERSION,
      node: process.version,
      postgres: postgres.ok ? postgres.value : null,
    },
    migrations,
    queues,
    email: describeEmailTransport(),
    storage,
    checkedAt: new Date(),
  };
}
