import { z } from "zod";
import { httpStatusOf, type DomainErrorCode } from "~/server/errors";
import {
  conversionInputSchema,
  refundInputSchema,
} from "~/server/services/conversions/conversion-input";
import { MAX_ATTEMPTS } from "~/server/services/webhooks/backoff";
import { webhookEventTypes, type WebhookEventType } from "~/server/services/webhooks/events";
import { conversionViewSchema, webhookPayloadSchemas } from "~/server/services/webhooks/payloads";
import { TIMEOUT_MS } from "~/server/services/webhooks/send-request";
import { MAX_BODY_BYTES } from "./body";
import {
  apiErrorSchema,
  rallyEventIdSchema,
  rallySignatureSchema,
  refundViewSchema,
  type ApiErrorBody,
} from "./openapi-schemas";

/**
 * The OpenAPI 3.1 document of the conversion API and of the webhooks Rally sends, served at
 * /api/openapi.json. Every schema in it is generated from the zod schema that validates the
 * request or types the answer or payload, with the descriptions and examples attached there;
 * only what no schema knows (operations, statuses, headers, security) is written here.
 */

type Json = Record<string, unknown>;
type ZodSchema = z.ZodType;

const eventComponent = (type: WebhookEventType) =>
  `${type
    .split(".")
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("")}Event`;

/** Request bodies: documented as they are sent, before trimming and upper-casing. */
const requestSchemas = {
  ConversionRequest: conversionInputSchema,
  RefundRequest: refundInputSchema,
} satisfies Record<string, ZodSchema>;

/** Answers and webhook payloads: documented as Rally writes them. */
const answerSchemas: Record<string, ZodSchema> = {
  Conversion: conversionViewSchema,
  Refund: refundViewSchema,
  Error: apiErrorSchema,
  ...Object.fromEntries(
    webhookEventTypes.map((type) => [eventComponent(type), webhookPayloadSchemas[type]]),
  ),
};

const parameterSchemas = {
  RallySignature: rallySignatureSchema,
  WebhookSignature: rallySignatureSchema,
  RallyEventId: rallyEventIdSchema,
} satisfies Record<string, ZodSchema>;

/** The zod schema behind each component, for checking the document's examples against. */
export const documentedSchemas = {
  schemas: { ...requestSchemas, ...answerSchemas } as Record<string, ZodSchema>,
  parameters: parameterSchemas as Record<string, ZodSchema>,
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function jsonSchemas(schemas: Record<string, ZodSchema>, io: "input" | "output"): Json {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io,
    uri: (id) => `#/components/schemas/${id}`,
  }).schemas;
  if ("__shared" in generated) {
    // Shared definitions would land outside components, where no $ref can reach them.
    throw new Error("openapi: register every shared schema under its own component name");
  }
  // The dialect is OpenAPI 3.1's own, and a component is named by its key, not by $id.
  return Object.fromEntries(
    Object.entries(generated).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [
      id,
      schema,
    ]),
  );
}

function examplesOf(schema: ZodSchema): unknown[] {
  const examples: unknown = schema.meta()?.examples;
  return Array.isArray(examples) ? examples : [];
}

/** A schema on its own (headers, path parameters): examples go on the parameter instead. */
function plainSchema(schema: ZodSchema): Json {
  const { $schema: _dialect, examples: _examples, ...json } = z.toJSONSchema(schema);
  return json;
}

function header(name: string, schema: ZodSchema, required: boolean, description: string) {
  return {
    name,
    in: "header",
    required,
    description,
    schema: plainSchema(schema),
    example: examplesOf(schema)[0],
  };
}

function json(schemaName: string, examples: Record<string, unknown>) {
  const entries = Object.entries(examples);
  const content =
    entries.length === 1
      ? { example: entries[0]![1] }
      : { examples: Object.fromEntries(entries.map(([name, value]) => [name, { value }])) };
  return { "application/json": { schema: ref(schemaName), ...content } };
}

const error = (
  code: ApiErrorBody["error"]["code"],
  message: string,
  fields?: Record<string, string>,
): ApiErrorBody => ({ error: { code, message, ...(fields ? { fields } : {}) } });

const errorResponse = (
  kind: DomainErrorCode,
  description: string,
  example: ApiErrorBody,
): [string, Json] => [
  String(httpStatusOf(kind)),
  { description, content: json("Error", { error: example }) },
];

const answered = (schemaName: string, created: string, replayed: string) => {
  const example = examplesOf(answerSchemas[schemaName]!)[0];
  return {
    "201": { description: created, content: json(schemaName, { created: example }) },
    "200": { description: replayed, content: json(schemaName, { replayed: example }) },
  };
};

const unauthorized = errorResponse(
  "UNAUTHORIZED",
  "Missing, unknown or revoked API key, or a missing (when required), malformed, stale or wrong signature. Nothing was written.",
  error(
    "unauthorized",
    "The Rally-Signature does not match the body and the program's signing secrets.",
  ),
);
const rateLimited: [string, Json] = (() => {
  const [status, response] = errorResponse(
    "TOO_MANY_REQUESTS",
    "The API key is over its rate limit (a token bucket per key: a sustained rate per minute and a burst). Nothing was written; retry after Retry-After seconds.",
    error("rate_limited", "Too many requests with this API key. Retry in 2 s."),
  );
  const retryAfter = {
    description: "Whole seconds to wait before the next request with this key.",
    schema: { type: "integer", minimum: 1 },
  };
  return [status, { ...(response as object), headers: { "Retry-After": retryAfter } }];
})();
const unavailable: [string, Json] = (() => {
  const [status, response] = errorResponse(
    "UNAVAILABLE",
    "The service cannot reach its database right now (or it did not answer in time). Retry the same request after Retry-After seconds: a request that was recorded after all answers 200 with the stored result, never twice.",
    error(
      "unavailable",
      "The service cannot take this request right now. Retry the same request later: a repeated request is never recorded twice.",
    ),
  );
  const retryAfter = {
    description: "Whole seconds to wait before retrying.",
    schema: { type: "integer", minimum: 1 },
  };
  return [status, { ...(response as object), headers: { "Retry-After": retryAfter } }];
})();
const tooLarge = errorResponse(
  "PAYLOAD_TOO_LARGE",
  `The body is larger than ${MAX_BODY_BYTES} bytes. Nothing was read past the limit or written.`,
  error("payload_too_large", `The body may be at most ${MAX_BODY_BYTES} bytes.`),
);

const conversionExamples = Object.fromEntries(
  examplesOf(conversionInputSchema).map((example) => [(example as { type: string }).type, example]),
);

const paths = {
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
      requestBody: { required: true, content: json("ConversionRequest", conversionExamples) },
      responses: {
        ...answered(
          "Conversion",
          "Recorded, with its attribution and commissions.",
          "The same request was recorded before: the stored conversion.",
        ),
        ...Object.fromEntries([
          unauthorized,
          rateLimited,
          unavailable,
          errorResponse(
            "CONFLICT",
            "The same type and external_id was recorded with different data.",
            error(
              "conflict",
              'A conversion with this type and external_id "order-10023" was already recorded with different data.',
            ),
          ),
          tooLarge,
          errorResponse(
            "UNPROCESSABLE",
            "The body is not valid: `fields` maps each field (dotted path) to what is wrong with it.",
            error("invalid_request", "The request body is invalid.", {
              amount: "is required for a sale",
              currency: "must be EUR, the program's currency",
            }),
          ),
        ]),
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
          schema: plainSchema(z.uuid()),
        },
        { $ref: "#/components/parameters/RallySignature" },
      ],
      requestBody: {
        required: true,
        content: json("RefundRequest", { refund: examplesOf(refundInputSchema)[0] }),
      },
      responses: {
        ...answered(
          "Refund",
          "Refund recorded with the commission reversals it caused.",
          "The same refund was recorded before: the stored refund.",
        ),
        ...Object.fromEntries([
          unauthorized,
          rateLimited,
          unavailable,
          errorResponse(
            "NOT_FOUND",
            "No conversion with this id in the API key's program.",
            error("not_found", "No such conversion in this program."),
          ),
          errorResponse(
            "CONFLICT",
            "The refund_id was used before with different data.",
            error("conflict", 'The refund_id "refund-77" was already used with different data.'),
          ),
          tooLarge,
          errorResponse(
            "UNPROCESSABLE",
            "Invalid body, a conversion that is not a sale, or more than is left to refund.",
            error("invalid_request", "The refunds would exceed the sale amount.", {
              amount: "exceeds what is left to refund (8999)",
            }),
          ),
        ]),
      },
    },
  },
};

const webhooks = Object.fromEntries(
  webhookEventTypes.map((type) => [
    type,
    {
      post: {
        operationId: `webhook_${type.replace(".", "_")}`,
        summary: `${type} (sent by Rally to your endpoint)`,
        description: webhookPayloadSchemas[type].meta()?.description,
        // Rally calls the receiver: the API key plays no part.
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          {
            name: "Rally-Event",
            in: "header",
            required: true,
            schema: plainSchema(z.literal(type)),
          },
          { $ref: "#/components/parameters/RallyEventId" },
        ],
        requestBody: {
          required: true,
          content: json(eventComponent(type), {
            [type]: examplesOf(webhookPayloadSchemas[type])[0],
          }),
        },
        responses: {
          "2XX": {
            description:
              `Received. Any other answer, a redirect or no answer within ${TIMEOUT_MS / 1000} s is retried ` +
              `with a doubling backoff, ${MAX_ATTEMPTS} attempts in all.`,
          },
        },
      },
    },
  ]),
);

export const openApiDocument: Json = {
  openapi: "3.1.0",
  info: {
    title: "Rally conversion API",
    version: "1.0.0",
    description:
      "Server-to-server API for merchants to report conversions and refunds. Authenticate with a program API key " +
      "(`Authorization: Bearer rk_…`). Optionally (or always, if the program requires it) sign each request: " +
      '`Rally-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the signing secret>`; ' +
      "timestamps more than 5 minutes away from the server's clock are refused. During a secret rotation the old " +
      "and the new secret are both accepted. Amounts are integers in minor units (cents). Unknown fields are refused.\n\n" +
      "Webhooks: Rally POSTs the events an endpoint subscribes to as JSON, signed the same way with the " +
      "endpoint's own secret. Delivery is at least once: deduplicate on Rally-Event-Id.",
  },
  servers: [{ url: "/" }],
  security: [{ apiKey: [] }],
  paths,
  webhooks,
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
      RallySignature: header(
        "Rally-Signature",
        parameterSchemas.RallySignature,
        false,
        "`t=<unix seconds>,v1=<hex HMAC-SHA256>` over `<t>.<raw body>` with a signing secret of the program. " +
          "Required when the program requires signatures; verified whenever present.",
      ),
      WebhookSignature: header(
        "Rally-Signature",
        parameterSchemas.WebhookSignature,
        true,
        "`t=<unix seconds>,v1=<hex HMAC-SHA256>` over `<t>.<raw body>` with the endpoint's secret. " +
          "Check it, and refuse timestamps far from your clock, before trusting the body.",
      ),
      RallyEventId: header(
        "Rally-Event-Id",
        parameterSchemas.RallyEventId,
        true,
        "The event's id (`<type>:<subject id>`), the same on every retry of the event.",
      ),
    },
    schemas: {
      ...jsonSchemas(requestSchemas, "input"),
      ...jsonSchemas(answerSchemas, "output"),
    },
  },
};
