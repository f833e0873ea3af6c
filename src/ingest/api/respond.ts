import type { ServerResponse } from "node:http";
import { DomainError, httpStatusOf, type DomainErrorCode } from "~/server/errors";
import { isDatabaseUnavailable, withTimeout } from "~/server/db/unavailable";
import { BodyTooLargeError } from "./body";

/**
 * An answer decided by the API layer itself: the kind (its status comes from the error table),
 * the machine code clients read, and an English message.
 */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly kind: DomainErrorCode,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    /** Headers the answer carries besides the body (Retry-After of a 429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.status = httpStatusOf(kind);
  }
}

export const unauthorized = (message: string) =>
  new ApiError("UNAUTHORIZED", "unauthorized", message);
export const invalidRequest = (
  fields: Record<string, string>,
  message = "The request body is invalid.",
) => new ApiError("UNPROCESSABLE", "invalid_request", message, fields);
export const tooManyRequests = (retryAfterSeconds: number) =>
  new ApiError(
    "TOO_MANY_REQUESTS",
    "rate_limited",
    `Too many requests with this API key. Retry in ${retryAfterSeconds} s.`,
    undefined,
    { "Retry-After": String(retryAfterSeconds) },
  );

const databaseUnavailable = () =>
  new ApiError(
    "UNAVAILABLE",
    "unavailable",
    "The service cannot take this request right now. Retry the same request later: a repeated request is never recorded twice.",
    undefined,
    { "Retry-After": "5" },
  );

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  close = false,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
    ...(status === httpStatusOf("UNAUTHORIZED")
      ? { "WWW-Authenticate": 'Bearer realm="rally"' }
      : {}),
    ...(close ? { Connection: "close" } : {}),
    ...headers,
  });
  res.end(text);
}

/**
 * Runs a handler and answers with its result or its error as JSON. Domain errors become their
 * HTTP status; anything unexpected is logged here and answered as a bare 500, never a stack.
 */
export async function answer(
  res: ServerResponse,
  work: () => Promise<{ status: number; body: unknown }>,
  /**
   * Past this, a request still waiting (for a database that stopped answering) gets 503. The
   * work goes on: a conversion that commits late is found by the client's retry (same
   * external id: 200 with the stored one), so nothing is recorded twice.
   */
  waitMs?: number,
): Promise<void> {
  try {
    const { status, body } = await (waitMs === undefined ? work() : withTimeout(work(), waitMs));
    sendJson(res, status, body);
  } catch (error) {
    const apiError = toApiError(error);
    if (!apiError) console.error("[rally ingest] unexpected error", error);
    const { status, code, message, fields, headers } =
      apiError ??
      new ApiError("INTERNAL", "internal", "Something went wrong on our side. Please retry.");
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendJson(
      res,
      status,
      { error: { code, message, ...(fields ? { fields } : {}) } },
      // Do not read (or keep the connection for) the rest of an oversized body.
      status === httpStatusOf("PAYLOAD_TOO_LARGE"),
      headers,
    );
  }
}

function toApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (error instanceof BodyTooLargeError) {
    return new ApiError(
      "PAYLOAD_TOO_LARGE",
      "payload_too_large",
      `The body may be at most ${error.limit} bytes.`,
    );
  }
  if (error instanceof DomainError) return fromDomainError(error);
  // Retryable by design: every write of the API is one transaction and idempotent.
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  return null;
}

/** English wording of the domain errors the conversion API can meet (machines read `code`). */
function fromDomainError(error: DomainError): ApiError {
  const { key, params } = error;
  switch (key) {
    case "notFound":
      return new ApiError(
        "NOT_FOUND",
        "not_found",
        `No such ${params.what ?? "resource"} in this program.`,
      );
    case "conversionConflict":
      return new ApiError(
        "CONFLICT",
        "conflict",
        `A conversion with this type and external_id "${params.externalId}" was already recorded with different data.`,
      );
    case "refundConflict":
      return new ApiError(
        "CONFLICT",
        "conflict",
        `The refund_id "${params.refundId}" was already used with different data.`,
      );
    case "refundNotSale":
      return invalidRequest({}, "Only sales can be refunded.");
    case "refundExceedsAmount":
      return invalidRequest(
        { amount: `exceeds what is left to refund (${params.remaining})` },
        "The refunds would exceed the sale amount.",
      );
  }
  // Machine clients get 422 for every request they have to correct, the API's documented rule.
  const kind = error.code === "BAD_REQUEST" ? "UNPROCESSABLE" : error.code;
  return new ApiError(kind, error.code.toLowerCase(), key);
}
