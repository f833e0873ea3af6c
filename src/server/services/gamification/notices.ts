import type { Executor } from "~/server/db/client";
import { notifications } from "~/server/db/schema";

/** The in-portal notices this feature writes; the portal's notice menu renders each kind. */
export type RewardNotice =
  | { kind: "badge.awarded"; data: { badgeId: string; name: string; icon: string } }
  | {
      kind: "tier.changed";
      data: { from: string | null; to: string | null; name: string | null; up: boolean };
    }
  | { kind: "tier.grace"; data: { tier: string; name: string; until: string } };

export async function writeRewardNotices(
  db: Executor,
  programId: string,
  notices: readonly (RewardNotice & { userId: string })[],
): Promise<void> {
  if (notices.length === 0) return;
  await db
    .insert(notifications)
    .values(notices.map(({ userId, kind, data }) => ({ userId, programId, kind, data })));
}
