import { z } from "zod";

/** How far in the future an occurred_at may be: clocks of merchant servers drift a little. */
export const CLOCK_SKEW_MS = 5 * 60_000;
export const METADATA_MAX_BYTES = 4096;

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * The body of POST /api/v1/conversions. Strict: an unknown top-level field is refused (422)
 * rather than ignored, so a typo such as "ammount" cannot silently record a sale without its
 * amount. Free-form data belongs in `metadata`.
 */
export const conversionInputSchema = z
  .strictObject({
    type: z.enum(["sale", "lead", "install", "action"]),
    action_key: text(100).optional(),
    external_id: text(200),
    // Integer minor units; JSON numbers past 2^53 would lose precision.
    amount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    currency: z.string().regex(/^[A-Z]{3}$/, "must be an upper-case ISO 4217 code"),
    click_id: text(100).optional(),
    promo_code: text(64)
      .transform((code) => code.toUpperCase())
      .optional(),
    customer: text(320).optional(),
    occurred_at: z.iso.datetime({ offset: true }).optional(),
    metadata: z
      .record(z.string(), z.unknown())
      .refine(
        (metadata) => Buffer.byteLength(JSON.stringify(metadata)) <= METADATA_MAX_BYTES,
        `must be at most ${METADATA_MAX_BYTES} bytes as JSON`,
      )
      .optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
      .transform((code) => code.toUpperCase())
      .optional(),
  })
  .superRefine((input, ctx) => {
    if (input.type === "sale" && input.amount === undefined) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: "is required for a sale" });
    }
    if (input.type === "action" && input.action_key === undefined) {
      ctx.addIssue({ code: "custom", path: ["action_key"], message: "is required for an action" });
    }
    if (input.occurred_at && Date.parse(input.occurred_at) > Date.now() + CLOCK_SKEW_MS) {
      ctx.addIssue({ code: "custom", path: ["occurred_at"], message: "is in the future" });
    }
  });

export type ConversionInput = z.output<typeof conversionInputSchema>;

export const refundInputSchema = z.strictObject({
  refund_id: text(200),
  amount: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});

export type RefundInput = z.output<typeof refundInputSchema>;

/** Field errors as the API reports them: the first message per dotted path. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      // Name each unknown field rather than blaming the whole body.
      for (const key of issue.keys) {
        fields[[...issue.path, key].map(String).join(".")] ??= "is not a known field";
      }
      continue;
    }
    const path = issue.path.map(String).join(".") || "_";
    fields[path] ??= issue.message;
  }
  return fields;
}
