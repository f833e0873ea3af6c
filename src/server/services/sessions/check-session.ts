import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "~/server/db/client";
import { users } from "~/server/db/schema";
import { sessionIsCurrent, type SessionHolder } from "./session-rules";

/** The claims of a session token this check reads and writes: the person and the version. */
export type SessionClaims = { sub?: string; sv?: unknown };

const userId = z.uuid();

function prepare(db: Db) {
  return db
    .select({ sessionVersion: users.sessionVersion, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .prepare("rally_session_holder");
}

// Every signed-in request runs this: built once per pool and prepared by name.
const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();
async function holderOf(db: Db, id: string): Promise<SessionHolder | undefined> {
  if (!userId.safeParse(id).success) return undefined;
  let query = prepared.get(db);
  if (!query) prepared.set(db, (query = prepare(db)));
  const [holder] = await query.execute({ id });
  return holder;
}

/**
 * The session token for this request, or null to sign its holder out. At sign-in
 * (`signedInUserId`) the token is stamped with the person's current session version; on every
 * later read it stands only while that version is still theirs and they are not disabled, so
 * raising the version or disabling the person ends their sessions at the next request.
 */
export async function checkSession<T extends SessionClaims>(
  db: Db,
  token: T,
  signedInUserId?: string,
): Promise<T | null> {
  const id = signedInUserId ?? token.sub;
  if (!id) return null;
  const holder = await holderOf(db, id);
  if (signedInUserId) {
    if (!holder || holder.disabledAt) return null;
    return { ...token, sub: id, sv: holder.sessionVersion };
  }
  return sessionIsCurrent(token.sv, holder) ? token : null;
}
