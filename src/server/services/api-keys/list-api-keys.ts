import { desc, eq } from "drizzle-orm";
import { apiKeys, users } from "~/server/db/schema";
import type { ProgramContext } from "../context";

/** The program's keys, newest first; never the hash, only the display prefix. */
export async function listApiKeys(ctx: ProgramContext) {
  return ctx.db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      createdByEmail: users.email,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .where(eq(apiKeys.programId, ctx.program.id))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}
