import { randomUUID } from "node:crypto";

/**
 * What a request id from outside may look like: a proxy's or a client's own id is kept so
 * their logs and ours can be joined, but anything longer or with other characters (spaces,
 * quotes, control characters meant to forge log lines or headers) is replaced.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: a sane incoming X-Request-Id, else a new one. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === "string" && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}
