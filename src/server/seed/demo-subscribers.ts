/**
 * Subscribers of the demo program for the console's subscriber list and the newsletter and
 * digest audiences: mostly confirmed, a few waiting for confirmation, a few who left, each
 * with the consent trail the real flow would have written. Addresses are on the demo domain,
 * so nothing leaves the machine; a second call adds nothing.
 */
import type { Db } from "~/server/db/client";
import { consentRecords, subscribers } from "~/server/db/schema";
import { CONFIRM_TTL_MS, newConfirmToken } from "~/server/services/subscribers/rules";
import { SUBSCRIBER_TOPICS } from "~/lib/subscriber-topics";

const DAY = 86_400_000;
const LOCALES = ["en", "en", "pl", "ru"] as const;
const ZONES = ["Europe/London", "Europe/Warsaw", "Europe/Moscow", "America/New_York"] as const;
const NAMES = ["Alex", "Maja", "Ivan", "Sofia", "Tom", "Ola", "Nina", "Piotr", "Anna", "Leo"];

type Plan = { status: "confirmed" | "pending" | "unsubscribed"; count: number };
const PLAN: Plan[] = [
  { status: "confirmed", count: 30 },
  { status: "pending", count: 4 },
  { status: "unsubscribed", count: 3 },
];

export async function seedDemoSubscribers(db: Db, options: { programId: string }) {
  const now = Date.now();
  let n = 0;
  const rows = PLAN.flatMap((plan) =>
    Array.from({ length: plan.count }, () => {
      n++;
      const subscribedAt = new Date(now - (60 - n) * DAY);
      const confirmed = plan.status !== "pending";
      return {
        programId: options.programId,
        email: `reader${String(n).padStart(2, "0")}@subscribers.demo.rally.test`,
        name: NAMES[n % NAMES.length] ?? "",
        locale: LOCALES[n % LOCALES.length] ?? "en",
        timeZone: ZONES[n % ZONES.length] ?? "UTC",
        status: plan.status,
        // Every third reader picks two topics; the others want everything.
        topics: n % 3 === 0 ? [SUBSCRIBER_TOPICS[n % 4]!, SUBSCRIBER_TOPICS[(n + 1) % 4]!] : [],
        frequency: n % 5 === 0 ? ("monthly" as const) : ("weekly" as const),
        // Pending readers hold a live (unknown) token, as if the email were still unread.
        confirmTokenHash: confirmed ? null : newConfirmToken().hash,
        confirmExpiresAt: confirmed ? null : new Date(now + CONFIRM_TTL_MS - DAY),
        createdAt: subscribedAt,
        updatedAt: subscribedAt,
        confirmedAt: confirmed ? new Date(subscribedAt.getTime() + 3_600_000) : null,
        unsubscribedAt: plan.status === "unsubscribed" ? new Date(now - 2 * DAY) : null,
      };
    }),
  );
  const added = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(subscribers)
      .values(rows)
      .onConflictDoNothing({ target: [subscribers.programId, subscribers.email] })
      .returning({ email: subscribers.email });
    const fresh = new Set(inserted.map((row) => row.email));
    const trail = rows
      .filter((row) => fresh.has(row.email))
      .flatMap((row) => {
        const base = { programId: row.programId, email: row.email, userAgent: "demo seed" };
        const choice = { topics: row.topics, locale: row.locale, name: row.name };
        return [
          {
            ...base,
            action: "subscribe_requested",
            method: "form",
            details: choice,
            createdAt: row.createdAt,
          },
          ...(row.confirmedAt
            ? [
                {
                  ...base,
                  action: "confirmed",
                  method: "confirmation_link",
                  details: choice,
                  createdAt: row.confirmedAt,
                },
              ]
            : []),
          ...(row.unsubscribedAt
            ? [
                {
                  ...base,
                  action: "unsubscribed",
                  method: "one_click",
                  details: {},
                  createdAt: row.unsubscribedAt,
                },
              ]
            : []),
        ];
      });
    if (trail.length > 0) await tx.insert(consentRecords).values(trail);
    return fresh.size;
  });
  return { added };
}
