import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { locales } from "~/i18n/locales";
import { FREQUENCIES, SUBSCRIBER_TOPICS } from "~/lib/subscriber-topics";

export { FREQUENCIES, SUBSCRIBER_TOPICS };

/** A confirmation link works this long, then the person subscribes again. */
export const CONFIRM_TTL_MS = 48 * 3_600_000;
/** Asking again sooner than this sends nothing new (the first link still works). */
export const RESEND_COOLDOWN_MS = 5 * 60_000;
/** Per visitor address (hashed) and per program + email address. */
export const SUBSCRIBE_LIMITS = {
  perIp: { limit: 5, windowMs: 10 * 60_000 },
  perAddress: { limit: 3, windowMs: 10 * 60_000 },
} as const;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const topics = z
  .array(z.enum(SUBSCRIBER_TOPICS))
  .max(SUBSCRIBER_TOPICS.length)
  .transform((list) => [...new Set(list)].sort());

export const subscribeInput = z.object({
  slug: z.string().trim().min(1).max(100),
  email: z
    .email()
    .max(254)
    .transform((email) => email.toLowerCase()),
  name: z.string().trim().max(100).default(""),
  locale: z.enum(locales).default("en"),
  topics: topics.default([]),
});
export type SubscribeInput = z.input<typeof subscribeInput>;

export const preferencesInput = z.object({
  topics,
  frequency: z.enum(FREQUENCIES),
  locale: z.enum(locales),
  timeZone: z.string().max(64).refine(isTimeZone, { message: "unknown time zone" }),
});
export type SubscriberPreferences = z.output<typeof preferencesInput>;

/** A random confirmation token for the link; only its SHA-256 is stored. */
export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashConfirmToken(token) };
}

export function hashConfirmToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Whether a pending subscriber asking again gets a new link: not while the last one was sent
 * within the cool-down (its expiry tells when it was issued), so the form cannot be used to
 * flood someone's inbox.
 */
export function mayResendConfirmation(expiresAt: Date | null, now: Date): boolean {
  if (!expiresAt) return true;
  const issuedAt = expiresAt.getTime() - CONFIRM_TTL_MS;
  return now.getTime() - issuedAt >= RESEND_COOLDOWN_MS;
}
