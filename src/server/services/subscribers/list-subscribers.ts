import { and, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import { subscribers, subscriberStatus } from "~/server/db/schema";
import type { ProgramContext } from "../context";

export type SubscriberStatus = (typeof subscriberStatus.enumValues)[number];
export type SubscribersQuery = {
  status?: SubscriberStatus;
  search?: string;
  page: number;
  pageSize: number;
};

/**
 * The program's subscribers for the console, newest first, in every state. Whoever SENDS mail
 * must not use this list: only `status = 'confirmed'` may receive anything but the
 * confirmation link (see confirmedAudience in ./audience.ts).
 */
export async function listSubscribers(ctx: ProgramContext, query: SubscribersQuery) {
  const where = and(...subscriberFilters(ctx.program.id, query));
  const rows = await ctx.db
    .select({
      id: subscribers.id,
      email: subscribers.email,
      name: subscribers.name,
      status: subscribers.status,
      locale: subscribers.locale,
      topics: subscribers.topics,
      frequency: subscribers.frequency,
      createdAt: subscribers.createdAt,
      confirmedAt: subscribers.confirmedAt,
      unsubscribedAt: subscribers.unsubscribedAt,
    })
    .from(subscribers)
    .where(where)
    .orderBy(desc(subscribers.createdAt), desc(subscribers.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await ctx.db.select({ value: count() }).from(subscribers).where(where);
  const totalCount = total?.value ?? 0;
  return {
    items: rows,
    total: totalCount,
    pages: Math.max(1, Math.ceil(totalCount / query.pageSize)),
  };
}

export function subscriberFilters(
  programId: string,
  query: Pick<SubscribersQuery, "status" | "search">,
): (SQL | undefined)[] {
  const search = query.search ? `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return [
    eq(subscribers.programId, programId),
    query.status ? eq(subscribers.status, query.status) : undefined,
    search ? or(ilike(subscribers.email, search), ilike(subscribers.name, search)) : undefined,
  ];
}

/** How many subscribers are in each state (every state present, zero when none). */
export async function countSubscribers(ctx: ProgramContext) {
  const rows = await ctx.db
    .select({ status: subscribers.status, value: count() })
    .from(subscribers)
    .where(eq(subscribers.programId, ctx.program.id))
    .groupBy(subscribers.status);
  const counts = Object.fromEntries(subscriberStatus.enumValues.map((status) => [status, 0]));
  for (const row of rows) counts[row.status] = row.value;
  return counts as Record<SubscriberStatus, number>;
}
