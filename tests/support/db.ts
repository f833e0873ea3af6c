import { inject } from "vitest";
import { createDb } from "~/server/db/client";

/** The test database of this run; each test isolates itself with its own programs and people. */
export const testDb = createDb(inject("databaseUrl"), { max: 5 });
// The run's own storage folder (removed with the database), unless a test picks another.
process.env.STORAGE_DIR ??= inject("storageDir");
export const db = testDb.db;
