import { asc, count, ilike } from "drizzle-orm";
import { z } from "zod";
import { containsPattern } from "~/lib/like-pattern";
import { offsetOf, pageSchema, pageSizeSchema, type Paged } from "~/lib/paging";
import type { Db } from "~/server/db/client";
import { users } from "~/server/db/schema";

export const listUsersInput = z.object({
  /** Part of the email. */
  q: z.string().trim().min(1).max(200).optional(),
  page: pageSchema,
  pageSize: pageSizeSchema(100, 50),
});
export type ListUsersInput = z.input<typeof listUsersInput>;

/** Everyone with an account, by email, for the owners' people page. */
export async function listUsers(db: Db, input: ListUsersInput) {
  const { q, page, pageSize } = listUsersInput.parse(input);
  const where = q ? ilike(users.email, containsPattern(q)) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        isOwner: users.isOwner,
        disabledAt: users.disabledAt,
      })
      .from(users)
      .where(where)
      .orderBy(asc(users.email))
      .limit(pageSize)
      .offset(offsetOf(page, pageSize)),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { items, total: total?.total ?? 0, page, pageSize } satisfies Paged<
    (typeof items)[number]
  >;
}
