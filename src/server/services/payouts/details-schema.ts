import { z } from "zod";
import { isValidIban, normalizeIban } from "~/lib/iban";

/**
 * How a partner wants to be paid: a bank account (IBAN, checksum verified, stored normalised)
 * with its holder, or a PayPal address. Messages are keys under "validation".
 */
export const payoutDetailsSchema = z.discriminatedUnion("method", [
  z.object({
    method: z.literal("iban"),
    accountHolder: z
      .string()
      .trim()
      .min(2, { error: "validation.accountHolder" })
      .max(140, { error: "validation.accountHolder" }),
    iban: z
      .string()
      .max(64, { error: "validation.iban" })
      .transform(normalizeIban)
      .refine(isValidIban, { error: "validation.iban" }),
  }),
  z.object({
    method: z.literal("paypal"),
    accountHolder: z.string().trim().max(140, { error: "validation.accountHolder" }).default(""),
    paypalEmail: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "validation.paypalEmail" }).max(254)),
  }),
]);

export type PayoutDetailsInput = z.input<typeof payoutDetailsSchema>;
export type PayoutDetails = z.output<typeof payoutDetailsSchema>;
