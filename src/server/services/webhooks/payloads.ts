/**
 * The body of every outbound webhook, by event type. The builders (conversion-events.ts,
 * ledger-events.ts) are typed by these schemas, and the OpenAPI document publishes them with
 * their examples, so what is sent and what is documented come from one definition.
 */
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import {
  attributionSource,
  conversionType,
  ledgerKind,
  ledgerStatus,
  payoutMethod,
  reviewStatus,
  trafficEvent,
} from "~/server/db/schema";

const PROGRAM_ID = "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a";
const PARTNER_ID = "6f1c0a7e-2b3d-4c5e-8f90-1a2b3c4d5e6f";

// FraudFlag of fraud-signals.ts, spelled out here because webhooks may not import conversions;
// conversion-view.ts fails to compile if a flag is missing.
const fraudFlagValues = [
  "self_referral",
  "click_burst",
  "disposable_email",
  "fast_conversion",
] as const;

/** The conversion the OpenAPI document shows (also inside its conversion.created example). */
export const exampleConversion = {
  id: "0b9f8d2e-5c1a-4e07-9a51-3f2f8c1d7e44",
  type: "sale",
  action_key: null,
  external_id: "order-10023",
  amount: 12999,
  currency: "EUR",
  occurred_at: "2025-05-14T09:30:00.000Z",
  attribution: "click",
  partner: "6f1c0a7e-2b3d-4c5e-8f90-1a2b3c4d5e6f",
  click_id: "c_8Yq2mZ4kT1",
  review_status: "none",
  fraud_flags: [],
  commissions: [
    {
      beneficiary: "6f1c0a7e-2b3d-4c5e-8f90-1a2b3c4d5e6f",
      level: 0,
      amount: 1300,
      status: "pending",
    },
    {
      beneficiary: "9a8b7c6d-5e4f-4a3b-8c1d-0e9f8a7b6c5d",
      level: 1,
      amount: 130,
      status: "pending",
    },
  ],
} as const;

/**
 * A conversion as the conversion API answers it (snake_case, amounts as JSON integers), which
 * is also the `data` of conversion.created; conversion-view.ts builds it, typed by this.
 */
export const conversionViewSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(conversionType.enumValues),
    action_key: z.string().nullable(),
    external_id: z.string(),
    amount: z.int().nullable().meta({ description: "Minor units (cents); null unless a sale." }),
    currency: z.string(),
    occurred_at: z.iso.datetime(),
    attribution: z.enum(attributionSource.enumValues),
    partner: z.uuid().nullable().meta({ description: "The attributed partner's enrollment id." }),
    click_id: z.string().nullable(),
    review_status: z.enum(reviewStatus.enumValues),
    fraud_flags: z.array(z.enum(fraudFlagValues)),
    commissions: z.array(
      z.object({
        beneficiary: z.uuid().meta({ description: "Enrollment id." }),
        level: z.int().meta({ description: "0 for the partner, n for an override n levels up." }),
        amount: z.int(),
        status: z.enum(ledgerStatus.enumValues),
      }),
    ),
  })
  .meta({ examples: [exampleConversion] });

const conversionCreatedData = z.object({ conversion: conversionViewSchema });

const commissionApprovedData = z.object({
  commission: z.object({
    id: z.uuid().meta({ description: "The ledger entry id." }),
    kind: z.enum(ledgerKind.enumValues).meta({
      description: "Reversals and clawbacks are entries too, with a negative amount.",
    }),
    level: z.int().meta({ description: "0 for the partner, n for an override n levels up." }),
    amount: z.int().meta({ description: "Minor units (cents)." }),
    currency: z.string(),
    partner: z.uuid().meta({ description: "The beneficiary's enrollment id." }),
    conversion_id: z.uuid().nullable().meta({ description: "Null for click and view rewards." }),
    external_id: z.string().nullable().meta({ description: "The conversion's external_id." }),
    traffic_event: z.enum(trafficEvent.enumValues).nullable(),
    traffic_day: z.iso.date().nullable(),
  }),
});

const payoutPaidData = z.object({
  payout: z.object({
    id: z.uuid(),
    partner: z.uuid().meta({ description: "The partner's enrollment id." }),
    amount: z.int().meta({ description: "Minor units (cents)." }),
    currency: z.string(),
    method: z.enum(payoutMethod.enumValues),
    reference: z.string().meta({ description: "The reference the manager recorded." }),
    requested_at: z.iso.datetime(),
    paid_at: z.iso.datetime(),
  }),
});

/** The `data` of each event type. */
export const webhookEventDataSchemas = {
  "conversion.created": conversionCreatedData,
  "commission.approved": commissionApprovedData,
  "payout.paid": payoutPaidData,
};

export type ConversionCreatedData = z.output<typeof conversionCreatedData>;
export type CommissionApprovedData = z.output<typeof commissionApprovedData>;
export type PayoutPaidData = z.output<typeof payoutPaidData>;

/** The envelope every event shares (enqueue.ts builds it), around the event's own data. */
function envelope<T extends keyof typeof webhookEventDataSchemas>(type: T) {
  return z.object({
    id: z.string().meta({
      description: "`<type>:<subject id>`, the same as Rally-Event-Id: deduplicate on it.",
    }),
    type: z.literal(type),
    created_at: z.iso.datetime(),
    program: z.object({ id: z.uuid(), slug: z.string() }),
    data: webhookEventDataSchemas[type],
  });
}

/** The whole body of each event's delivery, with the examples the document shows. */
export const webhookPayloadSchemas = {
  "conversion.created": envelope("conversion.created").meta({
    description: "A conversion was recorded: the conversion as the conversion API answers it.",
    examples: [
      {
        id: "conversion.created:0b9f8d2e-5c1a-4e07-9a51-3f2f8c1d7e44",
        type: "conversion.created",
        created_at: "2025-05-14T09:30:00.120Z",
        program: { id: PROGRAM_ID, slug: "bookshop" },
        data: { conversion: exampleConversion },
      },
    ],
  }),
  "commission.approved": envelope("commission.approved").meta({
    description:
      "A ledger entry became approved (one event per entry, so events add up to the approved balance).",
    examples: [
      {
        id: "commission.approved:7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098",
        type: "commission.approved",
        created_at: "2025-06-13T02:00:00.000Z",
        program: { id: PROGRAM_ID, slug: "bookshop" },
        data: {
          commission: {
            id: "7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098",
            kind: "commission",
            level: 0,
            amount: 1300,
            currency: "EUR",
            partner: PARTNER_ID,
            conversion_id: "0b9f8d2e-5c1a-4e07-9a51-3f2f8c1d7e44",
            external_id: "order-10023",
            traffic_event: null,
            traffic_day: null,
          },
        },
      },
    ],
  }),
  "payout.paid": envelope("payout.paid").meta({
    description: "A manager recorded a payout as paid. Bank details are never sent.",
    examples: [
      {
        id: "payout.paid:1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b",
        type: "payout.paid",
        created_at: "2025-07-01T10:15:00.000Z",
        program: { id: PROGRAM_ID, slug: "bookshop" },
        data: {
          payout: {
            id: "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b",
            partner: PARTNER_ID,
            amount: 2500,
            currency: "EUR",
            method: "iban",
            reference: "SEPA-7",
            requested_at: "2025-06-28T08:00:00.000Z",
            paid_at: "2025-07-01T10:15:00.000Z",
          },
        },
      },
    ],
  }),
};

/** One SQL expression per field of a payload object: the compiler demands exactly its keys. */
export type PayloadColumns<T> = { [K in keyof T]-?: SQL };

/** `jsonb_build_object` over the columns; keys are schema field names, so they are inlined. */
export function jsonbObject(columns: Record<string, SQL>): SQL {
  const pairs = Object.entries(columns).map(([key, value]) => {
    if (!/^[a-z_]+$/.test(key)) throw new Error(`jsonbObject: unexpected key ${key}`);
    return sql`'${sql.raw(key)}', ${value}`;
  });
  return sql`jsonb_build_object(${sql.join(pairs, sql`, `)})`;
}
