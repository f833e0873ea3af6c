import "server-only";
import type { api } from "~/server/api/server-caller";

type Caller = Awaited<ReturnType<typeof api>>;

/**
 * The badges a course can award: the program's badges that are not archived. Badges are
 * defined on the rewards page; the course form only picks one.
 */
export async function programBadges(
  caller: Caller,
  programId: string,
): Promise<{ id: string; name: string }[]> {
  const badges = await caller.manage.rewards.badges({ programId });
  return badges
    .filter((badge) => badge.archivedAt === null)
    .map((badge) => ({ id: badge.id, name: badge.name }));
}
