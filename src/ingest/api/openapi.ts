import { MAX_BODY_BYTES } from "./body";

const error = (code: string, message: string, fields?: Record<string, string>) => ({
  error: { code, message, ...(fields ? { fields } : {}) },
});

const errorResponse = (description: string, example: unknown) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" }, example } },
});

const conversionExample = {
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
      beneficiary: "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d",
      level: 1,
      amount: 130,
      status: "pending",
    },
  ],
};

const refundExample = {
  id: "5d6e7f80-1a2b-4c3d-9e8f-7a6b5c4d3e2f",
  refund_id: "refund-77",
  conversion_id: conversionExample.id,
  amount: 4000,
  created_at: "2025-05-20T12:00:00.000Z",
  reversals: [
    {
      beneficiary: conversionExample.partner,
      level: 0,
      kind: "reversal",
      amount: -400,
      status: "pending",
    },
  ],
};

const common401 = errorResponse(
  "Missing, unknown or revoked API key, or a missing (when required), malformed, stale or wrong signature. Nothing was written.",
  error(
    "unauthorized",
    "The Rally-Signature does not match the body and the program's signing secrets.",
  ),
);
const common413 = errorResponse(
  `The body is larger than ${MAX_BODY_BYTES} bytes. Nothing was read past the limit or written.`,
  error("payload_too_large", `The body may be at most ${MAX_BODY_BYTES} bytes.`),
);

/** The OpenAPI document of the conversion API, served at /api/openapi.json. */
export const openApiDocument: Record<string, unknown> = {
  openapi: "3.1.0",
  info: {
    title: "Rally conversion API",
    version: "1.0.0",
    description:
      "Server-to-server API for merchants to report conversions and refunds. Authenticate with a program API key " +
      "(`Authorization: Bearer rk_…`). Optionally (or always, if the program requires it) sign each request: " +
      '`Rally-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the signing secret>`; ' +
      "timestamps more than 5 minutes away from the server's clock are refused. During a secret rotation the old " +
      "and the new secret are both accepted. Amounts are integers in minor units (cents). Unknown fields are refused.",
  },
  servers: [{ url: "/" }],
  security: [{ apiKey: [] }],
  paths: {
    "/api/v1/conversions": {
      post: {
        operationId: "createConversion",
        summary: "Record a conversion (sale, lead, install or custom action)",
        description:
          "Idempotent on (type, external_id) within the program: the same request again answers 200 with the " +
          "stored conversion; the same type and external_id with different data answers 409. Attribution: an " +
          "enabled promo code wins, else the click id when the click is within the program's cookie window; " +
          "otherwise the conversion is stored unattributed.",
        parameters: [{ $ref: "#/components/parameters/RallySignature" }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/ConversionRequest" },
              examples: {
                sale: {
                  value: {
                    type: "sale",
                    external_id: "order-10023",
                    amount: 12999,
                    currency: "EUR",
                    click_id: "c_8Yq2mZ4kT1",
                    customer: "buyer@example.com",
                    metadata: { category: "books" },
                  },
                },
                lead: { value: { type: "lead", external_id: "signup-551", currency: "EUR" } },
                action: {
                  value: {
                    type: "action",
                    action_key: "trial_started",
                    external_id: "trial-9",
                    currency: "EUR",
                    promo_code: "SPRING10",
                  },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "Recorded, with its attribution and commissions.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Conversion" },
                example: conversionExample,
              },
            },
          },
          "200": {
            description: "The same request was recorded before: the stored conversion.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Conversion" },
                example: conversionExample,
              },
            },
          },
          "401": common401,
          "409": errorResponse(
            "The same type and external_id was recorded with different data.",
            error(
              "conflict",
              'A conversion with this type and external_id "order-10023" was already recorded with different data.',
            ),
          ),
          "413": common413,
          "422": errorResponse(
            "The body is not valid: `fields` maps each field (dotted path) to what is wrong with it.",
            error("invalid_request", "The request body is invalid.", {
              amount: "is required for a sale",
              currency: "must be EUR, the program's currency",
            }),
          ),
        },
      },
    },
    "/api/v1/conversions/{id}/refunds": {
      post: {
        operationId: "createRefund",
        summary: "Refund a sale, fully or partly",
        description:
          "`id` is Rally's conversion id (the `id` returned when the conversion was recorded). Idempotent on " +
          "refund_id within the program. Commissions are reversed pro rata; commissions already paid are " +
          "clawed back from the partner's next payout. Refunds of a sale may not add up to more than its amount.",
        parameters: [
          {
            name: "id",
            in: "path",
            required: true,
            schema: { type: "string", format: "uuid" },
          },
          { $ref: "#/components/parameters/RallySignature" },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/RefundRequest" },
              example: { refund_id: "refund-77", amount: 4000 },
            },
          },
        },
        responses: {
          "201": {
            description: "Refund recorded with the commission reversals it caused.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Refund" },
                example: refundExample,
              },
            },
          },
          "200": {
            description: "The same refund was recorded before: the stored refund.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Refund" },
                example: refundExample,
              },
            },
          },
          "401": common401,
          "404": errorResponse(
            "No conversion with this id in the API key's program.",
            error("not_found", "No such conversion in this program."),
          ),
          "409": errorResponse(
            "The refund_id was used before with different data.",
            error("conflict", 'The refund_id "refund-77" was already used with different data.'),
          ),
          "413": common413,
          "422": errorResponse(
            "Invalid body, a conversion that is not a sale, or more than is left to refund.",
            error("invalid_request", "The refunds would exceed the sale amount.", {
              amount: "exceeds what is left to refund (8999)",
            }),
          ),
        },
      },
    },
  },
  components: {
    securitySchemes: {
      apiKey: {
        type: "http",
        scheme: "bearer",
        description:
          "A program API key, created in the manager console or by `rally api-key create`.",
      },
    },
    parameters: {
      RallySignature: {
        name: "Rally-Signature",
        in: "header",
        required: false,
        description:
          "`t=<unix seconds>,v1=<hex HMAC-SHA256>` over `<t>.<raw body>`. Required when the program requires " +
          "signatures; verified whenever present.",
        schema: { type: "string", pattern: "^t=\\d+,v1=[0-9a-f]{64}" },
        example: "t=1715679000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd",
      },
    },
    schemas: {
      ConversionRequest: {
        type: "object",
        additionalProperties: false,
        required: ["type", "external_id", "currency"],
        properties: {
          type: { type: "string", enum: ["sale", "lead", "install", "action"] },
          action_key: {
            type: "string",
            maxLength: 100,
            description: "Required for `action`: which custom action.",
          },
          external_id: {
            type: "string",
            minLength: 1,
            maxLength: 200,
            description: "Your order or event id.",
          },
          amount: {
            type: "integer",
            minimum: 0,
            maximum: Number.MAX_SAFE_INTEGER,
            description: "Minor units (cents). Required for `sale`.",
          },
          currency: {
            type: "string",
            pattern: "^[A-Z]{3}$",
            description: "Must be the program's currency.",
          },
          click_id: {
            type: "string",
            maxLength: 100,
            description: "The click id Rally appended to your URL.",
          },
          promo_code: {
            type: "string",
            maxLength: 64,
            description: "Case-insensitive; wins over click_id.",
          },
          customer: {
            type: "string",
            maxLength: 320,
            description: "Customer email or id. Only a keyed hash is stored.",
          },
          occurred_at: {
            type: "string",
            format: "date-time",
            description: "When it happened (default: now); at most 5 minutes in the future.",
          },
          metadata: {
            type: "object",
            additionalProperties: true,
            description:
              "At most 4096 bytes as JSON. `category` (a string) is matched by commission rules.",
          },
          country: { type: "string", pattern: "^[A-Za-z]{2}$", description: "ISO 3166-1 alpha-2." },
        },
      },
      Conversion: {
        type: "object",
        required: [
          "id",
          "type",
          "external_id",
          "currency",
          "occurred_at",
          "attribution",
          "partner",
          "review_status",
          "fraud_flags",
          "commissions",
        ],
        properties: {
          id: { type: "string", format: "uuid" },
          type: { type: "string", enum: ["sale", "lead", "install", "action"] },
          action_key: { type: ["string", "null"] },
          external_id: { type: "string" },
          amount: { type: ["integer", "null"] },
          currency: { type: "string" },
          occurred_at: { type: "string", format: "date-time" },
          attribution: { type: "string", enum: ["promo_code", "click", "none"] },
          partner: {
            type: ["string", "null"],
            format: "uuid",
            description: "The attributed partner's enrollment id.",
          },
          click_id: { type: ["string", "null"] },
          review_status: { type: "string", enum: ["none", "flagged", "cleared", "rejected"] },
          fraud_flags: {
            type: "array",
            items: {
              type: "string",
              enum: ["self_referral", "click_burst", "disposable_email", "fast_conversion"],
            },
          },
          commissions: {
            type: "array",
            items: {
              type: "object",
              properties: {
                beneficiary: { type: "string", format: "uuid", description: "Enrollment id." },
                level: {
                  type: "integer",
                  description: "0 for the partner, n for an override n levels up.",
                },
                amount: { type: "integer" },
                status: { type: "string", enum: ["pending", "approved", "paid"] },
              },
            },
          },
        },
      },
      RefundRequest: {
        type: "object",
        additionalProperties: false,
        required: ["refund_id", "amount"],
        properties: {
          refund_id: {
            type: "string",
            minLength: 1,
            maxLength: 200,
            description: "Your refund id.",
          },
          amount: { type: "integer", minimum: 1, description: "Minor units refunded now." },
        },
      },
      Refund: {
        type: "object",
        properties: {
          id: { type: "string", format: "uuid" },
          refund_id: { type: "string" },
          conversion_id: { type: "string", format: "uuid" },
          amount: { type: "integer" },
          created_at: { type: "string", format: "date-time" },
          reversals: {
            type: "array",
            items: {
              type: "object",
              properties: {
                beneficiary: { type: "string", format: "uuid" },
                level: { type: "integer" },
                kind: { type: "string", enum: ["reversal", "clawback"] },
                amount: { type: "integer", description: "Negative." },
                status: { type: "string", enum: ["pending", "approved", "paid"] },
              },
            },
          },
        },
      },
      Error: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: {
              code: {
                type: "string",
                enum: [
                  "unauthorized",
                  "invalid_request",
                  "conflict",
                  "not_found",
                  "payload_too_large",
                  "internal",
                ],
              },
              message: { type: "string" },
              fields: { type: "object", additionalProperties: { type: "string" } },
            },
          },
        },
      },
    },
  },
};
