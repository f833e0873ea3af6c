import { z } from "zod";
import { ledgerStatus } from "~/server/db/schema";
import { exampleConversion } from "~/server/services/webhooks/payloads";

/**
 * The parts of the conversion API that only the document needs a schema for: answers built by
 * the handlers (respond.ts, record-refund.ts) and the signature header. The request bodies and
 * the conversion live with the services that validate or build them.
 */

/** The body of every error answer (respond.ts). */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum([
      "unauthorized",
      "invalid_request",
      "conflict",
      "not_found",
      "payload_too_large",
      "rate_limited",
      "unavailable",
      "internal",
    ]),
    message: z.string().meta({ description: "English, for people; machines read `code`." }),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .meta({ description: "Each invalid field (dotted path) and what is wrong with it." }),
  }),
});

export type ApiErrorBody = z.output<typeof apiErrorSchema>;

/** A refund as POST /api/v1/conversions/{id}/refunds answers it (RefundView in record-refund.ts). */
export const refundViewSchema = z
  .object({
    id: z.uuid(),
    refund_id: z.string(),
    conversion_id: z.uuid(),
    amount: z.int().meta({ description: "Minor units refunded by this refund." }),
    created_at: z.iso.datetime(),
    reversals: z.array(
      z.object({
        beneficiary: z.uuid().meta({ description: "Enrollment id." }),
        level: z.int(),
        kind: z.enum(["reversal", "clawback"]).meta({
          description: "A clawback takes back a commission already paid, from the next payout.",
        }),
        amount: z.int().meta({ description: "Negative." }),
        status: z.enum(ledgerStatus.enumValues),
      }),
    ),
  })
  .meta({
    examples: [
      {
        id: "5d6e7f80-1a2b-4c3d-9e8f-7a6b5c4d3e2f",
        refund_id: "refund-77",
        conversion_id: exampleConversion.id,
        amount: 4000,
        created_at: "2025-05-20T12:00:00.000Z",
        reversals: [
          {
            beneficiary: exampleConversion.partner,
            level: 0,
            kind: "reversal",
            amount: -400,
            status: "pending",
          },
        ],
      },
    ],
  });

/** Rally-Signature, on requests to the API and on webhook deliveries alike (tracking/signature.ts). */
export const rallySignatureSchema = z
  .string()
  .regex(/^t=\d+,v1=[0-9a-f]{64}/)
  .meta({
    description:
      '`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the signing secret>`.',
    examples: ["t=1715679000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd"],
  });

/** Rally-Event-Id on webhook deliveries: the event's id, stable across retries. */
export const rallyEventIdSchema = z
  .string()
  .meta({ examples: ["conversion.created:0b9f8d2e-5c1a-4e07-9a51-3f2f8c1d7e44"] });
