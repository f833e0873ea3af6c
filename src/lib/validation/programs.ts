import { z } from "zod";

/**
 * Input rules shared by the forms, the procedures and the command line. Custom messages are
 * keys under "validation" in the message files, translated where they are shown.
 */

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, { error: "validation.slug" });

const currencies = new Set(Intl.supportedValuesOf("currency"));
export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => currencies.has(code), { error: "validation.currency" });

/** A bare host name such as shop.example.com: no scheme, port, path or wildcard. */
export const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value, ctx) => {
    const host = toHostname(value);
    if (!host) {
      ctx.addIssue({ code: "custom", message: "validation.domain", params: { value } });
      return z.NEVER;
    }
    return host;
  });

function toHostname(value: string): string | null {
  if (/[\s/:?#@\\*]/.test(value)) return null;
  let host: string;
  try {
    // URL turns international names into punycode and lowercases them.
    host = new URL(`https://${value}`).hostname;
  } catch {
    return null;
  }
  const labels = host.split(".");
  const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
  return labels.length >= 2 && labels.every((part) => label.test(part)) ? host : null;
}

export const programSettingsSchema = z.object({
  name: z.string().trim().min(2).max(80),
  description: z.string().trim().max(2000).default(""),
  currency: currencySchema,
  cookieWindowDays: z.coerce.number().int().min(1).max(365),
  holdPeriodDays: z.coerce.number().int().min(0).max(365),
  // Days a partner waits to request a payout after changing payout details (0: no wait).
  // Optional: a caller that leaves it out keeps the stored value (the column's default is 3).
  payoutCoolingDays: z.coerce.number().int().min(0).max(30).optional(),
  allowedDomains: z
    .array(domainSchema)
    .min(1, { error: "validation.domainsRequired" })
    .max(50)
    .transform((domains) => [...new Set(domains)]),
  // Hosts (exact names) images in lessons, announcements and newsletters may load from,
  // besides the program's own files. Optional: a caller that leaves it out keeps the stored list.
  allowedImageHosts: z
    .array(domainSchema)
    .max(20)
    .transform((hosts) => [...new Set(hosts)])
    .optional(),
  approvalMode: z.enum(["auto", "manual"]),
});

export const createProgramSchema = programSettingsSchema.extend({
  slug: slugSchema,
  terms: z.string().trim().min(20).max(50_000),
});

export const termsSchema = z.string().trim().min(20).max(50_000);

export type ProgramSettingsInput = z.input<typeof programSettingsSchema>;
export type CreateProgramInput = z.input<typeof createProgramSchema>;
