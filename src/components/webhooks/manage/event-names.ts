import type { WebhookEventType } from "~/server/services/webhooks/events";

/** Message keys of the event types (next-intl reads dots in keys as nesting). */
export const eventKeys = {
  "conversion.created": "conversionCreated",
  "commission.approved": "commissionApproved",
  "payout.paid": "payoutPaid",
} as const satisfies Record<WebhookEventType, string>;
