import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

/**
 * The one table of error kinds: the tRPC code and the HTTP status each kind answers with on
 * every surface (tRPC procedures, route handlers, the ingest API). The surfaces only word and
 * shape the body; a status is never decided anywhere else. `trpc` and `http` agree with tRPC's
 * own code → status mapping, so a procedure and a route handler answer alike.
 */
export const ERROR_TABLE = {
  NOT_FOUND: { trpc: "NOT_FOUND", http: 404 },
  FORBIDDEN: { trpc: "FORBIDDEN", http: 403 },
  CONFLICT: { trpc: "CONFLICT", http: 409 },
  BAD_REQUEST: { trpc: "BAD_REQUEST", http: 400 },
  /**
   * A well-formed request the conversion API cannot act on (invalid body, a refund of a
   * non-sale): machine clients distinguish it from a malformed request.
   */
  UNPROCESSABLE: { trpc: "UNPROCESSABLE_CONTENT", http: 422 },
  /** A missing, unknown or revoked API key, or a bad signature. */
  UNAUTHORIZED: { trpc: "UNAUTHORIZED", http: 401 },
  PAYLOAD_TOO_LARGE: { trpc: "PAYLOAD_TOO_LARGE", http: 413 },
  /** A body in a type the endpoint does not take (a tRPC mutation that is not JSON). */
  UNSUPPORTED_MEDIA_TYPE: { trpc: "UNSUPPORTED_MEDIA_TYPE", http: 415 },
  /** A caller over its rate limit (the conversion API's per-key limit); it may retry later. */
  TOO_MANY_REQUESTS: { trpc: "TOO_MANY_REQUESTS", http: 429 },
  /** The database cannot take the request right now (down, or too slow to answer); retry later. */
  UNAVAILABLE: { trpc: "SERVICE_UNAVAILABLE", http: 503 },
  INTERNAL: { trpc: "INTERNAL_SERVER_ERROR", http: 500 },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; http: number }>;

export type DomainErrorCode = keyof typeof ERROR_TABLE;

export const httpStatusOf = (code: DomainErrorCode): number => ERROR_TABLE[code].http;
export const trpcCodeOf = (code: DomainErrorCode): TRPC_ERROR_CODE_KEY => ERROR_TABLE[code].trpc;

/**
 * Errors the domain raises on purpose. `key` names a message under "errors" in the message
 * files, so every layer (tRPC, the ingest server, the command line) shows the same translated
 * text; `code` picks the row of ERROR_TABLE.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("NOT_FOUND", "notFound", { what });
export const forbidden = (key = "forbidden") => new DomainError("FORBIDDEN", key);
export const conflict = (key: string, params?: Record<string, string | number>) =>
  new DomainError("CONFLICT", key, params);
