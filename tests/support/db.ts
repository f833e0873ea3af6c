import { inject } from "vitest";
import { createDb } from "~/server/db/client";

/** The test database of this run; each test isolates itself with its own programs and people. */
export const testDb = createDb(inject("databaseUrl"), { max: 5 });
export const db = testDb.db;
