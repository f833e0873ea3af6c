import { z } from "zod";
import { locales } from "~/i18n/locales";
import { SUBSCRIBER_TOPICS } from "../subscribers/rules";

/** Subscriber topics a newsletter can be limited to: those the subscribe form offers. */
export const NEWSLETTER_TOPICS = SUBSCRIBER_TOPICS;

const tierKey = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_-]{1,40}$/, { error: "validation.tierKey" });

/** Who receives a newsletter: partners (optionally some tiers), subscribers (optionally a topic), or both. */
export const audienceSchema = z
  .object({
    partners: z.boolean(),
    tierKeys: z
      .array(tierKey)
      .max(20)
      .default([])
      .transform((keys) => [...new Set(keys)].sort()),
    subscribers: z.boolean(),
    topic: z.enum(NEWSLETTER_TOPICS).optional(),
  })
  .refine((audience) => audience.partners || audience.subscribers, {
    error: "validation.newsletter.audience",
    path: ["partners"],
  });

export type AudienceInput = z.output<typeof audienceSchema>;

export const subjectSchema = z.string().trim().min(1).max(200);
/** Markdown; generous, but a newsletter is read in a mail client, not a book. */
export const bodySchema = z.string().trim().min(1).max(50_000);
export const localeSchema = z.enum(locales);

export const newsletterFieldsSchema = z.object({
  subject: subjectSchema,
  body: bodySchema,
  audience: audienceSchema,
});

export type NewsletterFields = z.output<typeof newsletterFieldsSchema>;

export { pageSchema } from "~/lib/paging";

export const recipientFilterSchema = z
  .enum(["all", "pending", "sent", "failed", "suppressed", "delivered", "bounced", "complained"])
  .default("all");
export type RecipientFilter = z.output<typeof recipientFilterSchema>;
