/**
 * The actions the audit log records today, for the console's action filter and its readable
 * descriptions. An action missing here is still recorded, searchable and shown (by its key).
 */
export const AUDIT_ACTIONS = [
  "program.created",
  "program.updated",
  "program.overridesUpdated",
  "program.signatureRequired",
  "program.signatureOptional",
  "terms.published",
  "terms.accepted",
  "manager.added",
  "enrollment.applied",
  "enrollment.autoApproved",
  "enrollment.approve",
  "enrollment.reject",
  "enrollment.suspend",
  "enrollment.reinstate",
  "enrollment.tierSet",
  "partnerNote.added",
  "partnerNote.deleted",
  "commissionRule.created",
  "commissionRule.updated",
  "commissionRule.activated",
  "commissionRule.deactivated",
  "promoCode.assigned",
  "promoCode.disabled",
  "promoCode.enabled",
  "link.created",
  "link.disabled",
  "link.enabled",
  "apiKey.created",
  "apiKey.revoked",
  "signingSecret.rotated",
  "conversion.cleared",
  "conversion.rejected",
  "payoutDetails.saved",
  "payout.requested",
  "payout.cancelled",
  "payout.paid",
  "payoutBatch.created",
  "payoutBatch.exported",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of things audit entries point at, for the target filter. */
export const AUDIT_TARGET_TYPES = [
  "program",
  "enrollment",
  "commissionRule",
  "promoCode",
  "link",
  "apiKey",
  "signingSecret",
  "conversion",
  "payout",
  "payoutBatch",
  "user",
] as const;

export const isKnownAuditAction = (action: string): action is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(action);
