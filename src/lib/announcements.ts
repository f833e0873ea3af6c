import { formatMoney } from "./money";

/**
 * The values of the announcement_kind column (schema/communication.ts), spelled out here so the
 * portal and the email templates can use them without importing the server.
 */
export type AnnouncementKind =
  "news" | "commission_changed" | "cookie_window_changed" | "terms_changed" | "creatives_changed";

/** Message keys under "announcements.auto" (the portal and the emails share them). */
export type AutoKey =
  | "commissionTitle"
  | "commissionCreated"
  | "commissionUpdated"
  | "commissionActivated"
  | "cookieTitle"
  | "cookieBody"
  | "termsTitle"
  | "termsBody"
  | "creativesTitle"
  | "creativesBody";

export const commissionEvents = [
  "sale",
  "lead",
  "install",
  "action",
  "click",
  "impression",
] as const;
export type EventKey = `events.${(typeof commissionEvents)[number]}`;

export type AutoMessage = {
  key: AutoKey;
  values: Record<string, string | number>;
  /** A value that is itself a message (the commission event's name), translated first. */
  eventKey?: EventKey;
};

/** The text of one automatic message with a translator scoped to "announcements.auto". */
export function autoText(
  t: (key: AutoKey | EventKey, values?: Record<string, string | number>) => string,
  message: AutoMessage,
): string {
  const values = { ...message.values };
  if (message.eventKey) values.event = t(message.eventKey);
  return t(message.key, values);
}

export type Described =
  { kind: "news"; title: string } | { kind: "auto"; title: AutoMessage; lines: AutoMessage[] };

const str = (value: unknown) => (typeof value === "string" ? value : "");
const num = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0);

/** A rule's rate as a reader sees it: "12.5%" of a sale or an amount in the program's money. */
export function ruleRate(data: Record<string, unknown>, locale: string): string {
  if (data.basis === "percent") {
    const rate = num(data.rateBps) / 10_000;
    return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(
      rate,
    );
  }
  const minor = str(data.amountMinor);
  const currency = str(data.currency);
  if (!/^\d+$/.test(minor) || !/^[A-Z]{3}$/.test(currency)) return "";
  return formatMoney(BigInt(minor), currency, locale);
}

const CHANGE_KEYS = {
  created: "commissionCreated",
  updated: "commissionUpdated",
  activated: "commissionActivated",
} as const;

/**
 * What an announcement says, in message keys: automatic announcements are written once in the
 * database but read in each partner's language, so their text comes from their data. The data
 * is JSON, checked field by field before it is used.
 */
export function describeAnnouncement(
  announcement: { kind: AnnouncementKind; title: string; data: Record<string, unknown> },
  locale: string,
): Described {
  const { data } = announcement;
  switch (announcement.kind) {
    case "commission_changed": {
      const change = str(data.change);
      const key = Object.hasOwn(CHANGE_KEYS, change)
        ? CHANGE_KEYS[change as keyof typeof CHANGE_KEYS]
        : "commissionUpdated";
      return {
        kind: "auto",
        title: { key: "commissionTitle", values: {} },
        lines: [
          {
            key,
            values: { rule: str(data.ruleName), rate: ruleRate(data, locale) },
            eventKey: commissionEvents.find((e) => e === data.event)
              ? (`events.${str(data.event)}` as EventKey)
              : "events.sale",
          },
        ],
      };
    }
    case "cookie_window_changed":
      return {
        kind: "auto",
        title: { key: "cookieTitle", values: {} },
        lines: [{ key: "cookieBody", values: { from: num(data.from), to: num(data.to) } }],
      };
    case "terms_changed":
      return {
        kind: "auto",
        title: { key: "termsTitle", values: {} },
        lines: [{ key: "termsBody", values: { version: num(data.version) } }],
      };
    case "creatives_changed": {
      const names = Array.isArray(data.names)
        ? data.names.filter((n) => typeof n === "string")
        : [];
      const count = Math.max(num(data.count), names.length);
      return {
        kind: "auto",
        title: { key: "creativesTitle", values: { count } },
        lines: [{ key: "creativesBody", values: { names: names.join(", "), count } }],
      };
    }
    default:
      return { kind: "news", title: announcement.title };
  }
}
