import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { users } from "~/server/db/schema";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The user with this email, created if new (the command line and invitations use it). */
export async function findOrCreateUser(
  db: Executor,
  input: { email: string; name?: string; isOwner?: boolean; locale?: string },
) {
  const email = normalizeEmail(input.email);
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: input.name ?? null,
      isOwner: input.isOwner ?? false,
      locale: input.locale,
    })
    .onConflictDoUpdate({
      target: users.email,
      set: {
        // Never demote an owner by accident; only ever grant.
        isOwner: input.isOwner ? sql`true` : sql`${users.isOwner}`,
        name: input.name ? sql`excluded.name` : sql`${users.name}`,
      },
    })
    .returning();
  if (!user) throw new Error("upsert returned no row");
  return user;
}
