import {
  rewardNoticeTarget,
  type RewardNoticeTarget,
} from "~/components/rewards/partner/reward-notice";

/**
 * What a notice points at, read from its kind and data. Data is JSON written by other
 * features, so every field is checked before it is used in text or an address.
 */
export type NoticeTarget =
  | { kind: "creative"; name: string; href: string | null }
  | { kind: "courseCompleted"; title: string; href: string }
  | {
      kind: "contestStarted" | "contestMilestone" | "contestFinal";
      name: string;
      label: string;
      href: string;
    }
  | {
      kind: "webinar";
      event: "registered" | "cancelled" | "recording";
      title: string;
      href: string;
    }
  | { kind: "announcement"; title: string; href: string }
  | RewardNoticeTarget
  | { kind: "other"; href: null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CERTIFICATE_CODE = /^[A-Za-z0-9_-]{16}$/;

export function noticeTarget(notice: {
  kind: string;
  data: Record<string, unknown>;
  program: { slug: string } | null;
}): NoticeTarget {
  if (notice.kind === "creative.created") {
    const name = typeof notice.data.name === "string" ? notice.data.name : "";
    const id = typeof notice.data.creativeId === "string" ? notice.data.creativeId : "";
    const slug = notice.program?.slug;
    const page = slug ? `/portal/programs/${encodeURIComponent(slug)}/creatives` : null;
    return {
      kind: "creative",
      name,
      href: page && UUID.test(id) ? `${page}#creative-${id}` : page,
    };
  }
  if (notice.kind === "course.completed") {
    const title = typeof notice.data.title === "string" ? notice.data.title : "";
    const code = typeof notice.data.certificateCode === "string" ? notice.data.certificateCode : "";
    return {
      kind: "courseCompleted",
      title,
      href: CERTIFICATE_CODE.test(code) ? `/certificates/${code}` : "/portal/academy",
    };
  }
  const webinarEvent = WEBINAR_EVENTS.find((event) => notice.kind === `webinar.${event}`);
  if (webinarEvent) {
    const id = typeof notice.data.webinarId === "string" ? notice.data.webinarId : "";
    return {
      kind: "webinar",
      event: webinarEvent,
      title: typeof notice.data.title === "string" ? notice.data.title : "",
      href: UUID.test(id) ? `/portal/webinars#webinar-${id}` : "/portal/webinars",
    };
  }
  // Own keys only: a kind such as "constructor" must not match the object's prototype.
  const contestKind = Object.hasOwn(CONTEST_KINDS, notice.kind)
    ? CONTEST_KINDS[notice.kind]
    : undefined;
  if (contestKind) {
    const str = (v: unknown) => (typeof v === "string" ? v : "");
    const id = str(notice.data.contestId);
    return {
      kind: contestKind,
      name: str(notice.data.name),
      label: str(notice.data.label),
      href: UUID.test(id) ? `/portal/contests/${id}` : "/portal/contests",
    };
  }
  if (notice.kind === "announcement.posted") {
    const id = typeof notice.data.announcementId === "string" ? notice.data.announcementId : "";
    const slug = notice.program?.slug;
    const page = slug ? `/portal/news?program=${encodeURIComponent(slug)}` : "/portal/news";
    return {
      kind: "announcement",
      title: typeof notice.data.title === "string" ? notice.data.title : "",
      href: UUID.test(id) ? `${page}#announcement-${id}` : page,
    };
  }
  const reward = rewardNoticeTarget(notice);
  if (reward) return reward;
  return { kind: "other", href: null };
}

const WEBINAR_EVENTS = ["registered", "cancelled", "recording"] as const;

const CONTEST_KINDS: Record<string, "contestStarted" | "contestMilestone" | "contestFinal"> = {
  "contest.started": "contestStarted",
  "contest.milestone": "contestMilestone",
  "contest.final": "contestFinal",
};
