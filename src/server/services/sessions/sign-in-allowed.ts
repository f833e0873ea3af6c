import { and, eq, isNotNull, or } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "~/server/db/client";
import { users } from "~/server/db/schema";
import { normalizeEmail } from "../users/find-or-create-user";

/**
 * Whether a person may sign in, asked by Auth.js before any provider lets them in (before a
 * magic link is sent, when it is followed, after GitHub answers). A disabled person is
 * refused, found by id or by email: a provider may hand over a person it has not linked yet.
 * A person named by neither is new to Rally; the session check at sign-in stops anyone
 * disabled whom a provider names only by its own id.
 */
export async function signInAllowed(
  db: Db,
  person: { id?: string | null; email?: string | null },
): Promise<boolean> {
  const byId = z.uuid().safeParse(person.id);
  const matches = [
    byId.success ? eq(users.id, byId.data) : undefined,
    person.email ? eq(users.email, normalizeEmail(person.email)) : undefined,
  ].filter((match) => match !== undefined);
  if (matches.length === 0) return true;
  const disabled = await db
    .select({ id: users.id })
    .from(users)
    .where(and(or(...matches), isNotNull(users.disabledAt)))
    .limit(1);
  return disabled.length === 0;
}
