import { z } from "zod";
import { MAX_DESTINATION_LENGTH } from "./destination";

/**
 * Input rules for links and promo codes, shared by the forms, the procedures and the command
 * line. Whether a destination is allowed depends on the program, so the service decides that
 * (see destination.ts); here only its shape is checked.
 */

export const destinationInputSchema = z.string().trim().min(1).max(MAX_DESTINATION_LENGTH);

/** A partner's own tag for a link (campaign, placement): safe to put in a query string. */
export const subIdSchema = z
  .string()
  .trim()
  .max(100)
  .regex(/^[A-Za-z0-9_.-]*$/, { error: "validation.subId" })
  .transform((value) => value || undefined);

export const linkLabelSchema = z
  .string()
  .trim()
  .max(80)
  .transform((value) => value || undefined);

export const createLinkSchema = z.object({
  destination: destinationInputSchema,
  label: linkLabelSchema.optional(),
  subId: subIdSchema.optional(),
});

export type CreateLinkInput = z.output<typeof createLinkSchema>;

/** Promo codes are stored upper-case, so "spring-10" and "SPRING-10" are one code. */
export const promoCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9_-]{3,32}$/, { error: "validation.promoCode" });
