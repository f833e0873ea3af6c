import { count, desc, eq } from "drizzle-orm";
import { contests } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { contestView } from "./contest-view";
import { offsetOf } from "~/lib/paging";

export const CONTESTS_PAGE_SIZE = 20;

/** A program's contests, latest window first. */
export async function listContests(ctx: ProgramContext, input: { page: number }) {
  const where = eq(contests.programId, ctx.program.id);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(contests)
      .where(where)
      .orderBy(desc(contests.startsOn), desc(contests.createdAt), desc(contests.id))
      .limit(CONTESTS_PAGE_SIZE)
      .offset(offsetOf(input.page, CONTESTS_PAGE_SIZE)),
    ctx.db.select({ value: count() }).from(contests).where(where),
  ]);
  const totalCount = total?.value ?? 0;
  return {
    items: rows.map((c) => contestView(c)),
    page: input.page,
    total: totalCount,
    pages: Math.max(1, Math.ceil(totalCount / CONTESTS_PAGE_SIZE)),
  };
}
