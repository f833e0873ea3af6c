/**
 * The rewards notices (written by src/server/services/gamification/notices.ts) as the notices
 * menu shows them. Their data is JSON, so every field is checked before use.
 */
export type RewardNoticeView =
  | { type: "badge"; name: string; icon: string }
  | { type: "tier"; name: string; up: boolean }
  | { type: "tierRemoved" }
  | { type: "grace"; name: string; until: Date | null };

export type RewardNoticeTarget = { kind: "reward"; view: RewardNoticeView; href: string };

const str = (value: unknown) => (typeof value === "string" ? value : "");

export function rewardNoticeTarget(notice: {
  kind: string;
  data: Record<string, unknown>;
  program: { slug: string } | null;
}): RewardNoticeTarget | null {
  const view = rewardView(notice.kind, notice.data);
  if (!view) return null;
  const slug = notice.program?.slug;
  return {
    kind: "reward",
    view,
    href: slug ? `/portal/rewards?program=${encodeURIComponent(slug)}` : "/portal/rewards",
  };
}

function rewardView(kind: string, data: Record<string, unknown>): RewardNoticeView | null {
  switch (kind) {
    case "badge.awarded":
      return { type: "badge", name: str(data.name), icon: str(data.icon).slice(0, 8) };
    case "tier.changed":
      return str(data.to) === ""
        ? { type: "tierRemoved" }
        : { type: "tier", name: str(data.name) || str(data.to), up: data.up === true };
    case "tier.grace": {
      const until = new Date(str(data.until));
      return {
        type: "grace",
        name: str(data.name) || str(data.tier),
        until: Number.isNaN(until.getTime()) ? null : until,
      };
    }
    default:
      return null;
  }
}
