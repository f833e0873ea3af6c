/**
 * Message keys (under "review.flags") that spell out each fraud signal the engine raises. A
 * flag this list does not know yet is shown by name rather than hidden.
 */
const reasonKeys = {
  self_referral: "selfReferral",
  click_burst: "clickBurst",
  disposable_email: "disposableEmail",
  fast_conversion: "fastConversion",
} as const;

export type FraudReasonKey = (typeof reasonKeys)[keyof typeof reasonKeys];

export function fraudReasonKey(flag: string): FraudReasonKey | null {
  return Object.hasOwn(reasonKeys, flag) ? reasonKeys[flag as keyof typeof reasonKeys] : null;
}
