import { z } from "zod";

/** How far in the future an occurred_at may be: clocks of merchant servers drift a little. */
export const CLOCK_SKEW_MS = 5 * 60_000;
export const METADATA_MAX_BYTES = 4096;

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * The body of POST /api/v1/conversions. Strict: an unknown top-level field is refused (422)
 * rather than ignored, so a typo such as "ammount" cannot silently record a sale without its
 * amount. Free-form data belongs in `metadata`. The descriptions and examples are what the
 * OpenAPI document (ingest/api/openapi.ts) publishes; its test parses every example here.
 */
export const conversionInputSchema = z
  .strictObject({
    type: z.enum(["sale", "lead", "install", "action"]),
    action_key: text(100)
      .optional()
      .meta({ description: "Required for `action`: which custom action." }),
    external_id: text(200).meta({ description: "Your order or event id." }),
    // Integer minor units; JSON numbers past 2^53 would lose precision.
    amount: z
      .number()
      .int()
      .min(0)
      .max(Number.MAX_SAFE_INTEGER)
      .optional()
      .meta({ description: "Minor units (cents). Required for `sale`." }),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "must be an upper-case ISO 4217 code")
      .meta({ description: "Must be the program's currency." }),
    click_id: text(100)
      .optional()
      .meta({ description: "The click id Rally appended to your URL." }),
    promo_code: text(64)
      .transform((code) => code.toUpperCase())
      .optional()
      .meta({ description: "Case-insensitive; wins over click_id." }),
    customer: text(320)
      .optional()
      .meta({ description: "Customer email or id. Only a keyed hash is stored." }),
    occurred_at: z.iso
      .datetime({ offset: true })
      .optional()
      .meta({ description: "When it happened (default: now); at most 5 minutes in the future." }),
    metadata: z
      .record(z.string(), z.unknown())
      .refine(
        (metadata) => Buffer.byteLength(JSON.stringify(metadata)) <= METADATA_MAX_BYTES,
        `must be at most ${METADATA_MAX_BYTES} bytes as JSON`,
      )
      .optional()
      .meta({
        description: `At most ${METADATA_MAX_BYTES} bytes as JSON. \`category\` (a string) is matched by commission rules.`,
      }),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
      .transform((code) => code.toUpperCase())
      .optional()
      .meta({ description: "ISO 3166-1 alpha-2." }),
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
  })
  .meta({
    description:
      "Leading and trailing spaces of the text fields are trimmed before their lengths are checked; " +
      "a blank one is refused. Unknown fields are refused.",
    examples: [
      {
        type: "sale",
        external_id: "order-10023",
        amount: 12999,
        currency: "EUR",
        click_id: "c_8Yq2mZ4kT1",
        customer: "buyer@example.com",
        metadata: { category: "books" },
      },
      { type: "lead", external_id: "signup-551", currency: "EUR" },
      {
        type: "action",
        action_key: "trial_started",
        external_id: "trial-9",
        currency: "EUR",
        promo_code: "SPRING10",
      },
    ],
  });

export type ConversionInput = z.output<typeof conversionInputSchema>;

export const refundInputSchema = z
  .strictObject({
    refund_id: text(200).meta({ description: "Your refund id." }),
    amount: z
      .number()
      .int()
      .min(1)
      .max(Number.MAX_SAFE_INTEGER)
      .meta({ description: "Minor units refunded now." }),
  })
  .meta({ examples: [{ refund_id: "refund-77", amount: 4000 }] });

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
