/**
 * Errors the domain raises on purpose. `key` names a message under "errors" in the message
 * files, so every layer (tRPC, the ingest server, the command line) shows the same translated
 * text; `code` decides the HTTP/tRPC status in one place (src/server/api/errors.ts).
 */
export type DomainErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "BAD_REQUEST";

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
