import { z } from "zod";
import { attributionSource, conversionType, payoutStatus, reviewStatus } from "~/server/db/schema";
import { listAudit } from "../audit/list-audit";
import { listConversions } from "../conversions/list-conversions";
import { listPartners } from "../partners/list-partners";
import { listProgramPayouts } from "../payouts/list-payouts";
import { instant, money } from "./cells";
import { defineExport } from "./define-export";

/*
 * The console's own lists, exported with the filters their pages use, through the same list
 * services (and so the same tenant scoping and masking): the conversions, payouts and audit
 * pages, and the approved partners list (src/server/services/partners/list-partners.ts).
 */

// An unknown filter value means "no filter", as on the pages (their schemas .catch it).
const optional = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional().catch(undefined);

export const conversionsExport = defineExport({
  permission: "conversions.read",
  params: z.object({
    type: optional(conversionType.enumValues),
    attribution: optional(attributionSource.enumValues),
    review: optional(reviewStatus.enumValues),
  }),
  async fetchPage(ctx, params, cursor: string | null) {
    const page = await listConversions(ctx, { ...params, cursor: cursor ?? undefined, limit: 100 });
    return { rows: page.items, next: page.nextCursor };
  },
}).columns([
  { key: "conversion_id", value: (row) => row.id },
  { key: "occurred_at", value: (row) => instant(row.occurredAt) },
  { key: "type", value: (row) => row.type },
  { key: "action_key", value: (row) => row.actionKey },
  { key: "external_id", value: (row) => row.externalId },
  { key: "partner_name", value: (row) => row.partnerName },
  { key: "partner_email", value: (row) => row.partnerEmail },
  { key: "attribution", value: (row) => row.attribution },
  { key: "amount", value: (row) => money(row.amount, row.currency) },
  { key: "refunded", value: (row) => money(row.refunded, row.currency) },
  { key: "commission", value: (row) => money(row.commission, row.currency) },
  { key: "commission_net", value: (row) => money(row.commissionNet, row.currency) },
  { key: "currency", value: (row) => row.currency },
  { key: "review_status", value: (row) => row.reviewStatus },
  { key: "fraud_flags", value: (row) => row.fraudFlags.join(" ") },
]);

export const payoutsExport = defineExport({
  permission: "payouts.read",
  // "all" (the page's "every status" filter) or nothing: every payout.
  params: z.object({ status: optional(payoutStatus.enumValues) }),
  async fetchPage(ctx, params, cursor: number | null) {
    const page = cursor ?? 1;
    const result = await listProgramPayouts(ctx, { status: params.status, page, pageSize: 100 });
    return { rows: result.items, next: page < result.pages ? page + 1 : null };
  },
}).columns([
  { key: "payout_id", value: (row) => row.id },
  { key: "requested_at", value: (row) => instant(row.requestedAt) },
  { key: "partner_name", value: (row) => row.partnerName },
  { key: "partner_email", value: (row) => row.partnerEmail },
  { key: "amount", value: (row) => money(row.amount, row.currency) },
  { key: "currency", value: (row) => row.currency },
  { key: "status", value: (row) => row.status },
  { key: "method", value: (row) => row.method },
  // Masked as on the page: the full account is only in a batch's own export (audited).
  { key: "account", value: (row) => row.account },
  { key: "account_holder", value: (row) => row.accountHolder },
  { key: "batch_id", value: (row) => row.batchId },
  { key: "reference", value: (row) => row.reference },
  { key: "paid_at", value: (row) => instant(row.paidAt) },
]);

export const partnersExport = defineExport({
  permission: "enrollments.read",
  params: z.object({}),
  async fetchPage(ctx, _params, cursor: string | null) {
    const page = await listPartners(ctx, { after: cursor ?? undefined, limit: 500 });
    return { rows: page.items, next: page.nextCursor };
  },
}).columns([
  { key: "enrollment_id", value: (row) => row.enrollmentId },
  { key: "name", value: (row) => row.name },
  { key: "email", value: (row) => row.email },
  { key: "status", value: (row) => row.status },
  { key: "tier", value: (row) => row.tierKey },
  { key: "referral_code", value: (row) => row.referralCode },
  { key: "approved_at", value: (row) => instant(row.approvedAt) },
]);

const auditKey = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/)
  .optional()
  .catch(undefined);
const auditText = z.string().trim().min(1).max(200).optional().catch(undefined);
const auditDay = z.iso.date().optional().catch(undefined);

export const auditExport = defineExport({
  permission: "audit.read",
  // The audit page's search, read the same forgiving way (a reversed range is swapped).
  params: z
    .object({
      action: auditKey,
      actor: auditText,
      targetType: auditKey,
      targetId: auditText,
      from: auditDay,
      to: auditDay,
      q: auditText,
    })
    .transform((filters) =>
      filters.from && filters.to && filters.from > filters.to
        ? { ...filters, from: filters.to, to: filters.from }
        : filters,
    ),
  async fetchPage(ctx, params, cursor: number | null) {
    const page = await listAudit(ctx, { ...params, before: cursor ?? undefined, limit: 100 });
    return { rows: page.items, next: page.nextCursor };
  },
}).columns([
  { key: "id", value: (row) => row.id },
  { key: "created_at", value: (row) => instant(row.createdAt) },
  { key: "actor_email", value: (row) => row.actorEmail },
  { key: "action", value: (row) => row.action },
  { key: "target_type", value: (row) => row.targetType },
  { key: "target_id", value: (row) => row.targetId },
  { key: "data", value: (row) => JSON.stringify(row.data) },
]);
