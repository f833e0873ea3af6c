import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { guardedLookup } from "./resolve-host";
import { isPublicAddress, type WebhookUrlPolicy } from "./url-policy";

export const TIMEOUT_MS = 10_000;
/** Enough of a response to show the receiver's error message in the log. */
const KEEP_BODY = 300;

export type SendResult =
  { ok: true; status: number } | { ok: false; status: number | null; error: string };

/**
 * POSTs a webhook. Redirects are not followed (a 3xx is a failed attempt: the receiver's URL
 * must be the final one, and following would bypass the address check). The whole exchange
 * is bounded by the timeout, reading the answer included. Errors come back as short text for
 * the log, never a stack.
 */
export async function postWebhook(
  target: string,
  body: string,
  headers: Record<string, string>,
  options: { policy: WebhookUrlPolicy; timeoutMs?: number },
): Promise<SendResult> {
  const url = new URL(target);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!options.policy.allowLocal && isIP(host) && !isPublicAddress(host)) {
    return { ok: false, status: null, error: "refused: not a public address" };
  }
  const client = url.protocol === "https:" ? https : http;
  return new Promise<SendResult>((resolve) => {
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { ...headers, "Content-Length": Buffer.byteLength(body).toString() },
        lookup: guardedLookup(options.policy),
        signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS),
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on("data", (chunk: Buffer) => {
          if (kept < KEEP_BODY) chunks.push(chunk);
          kept += chunk.length;
        });
        response.on("end", () => {
          if (status >= 200 && status < 300) return resolve({ ok: true, status });
          const text = Buffer.concat(chunks).toString("utf8").slice(0, KEEP_BODY);
          resolve({ ok: false, status, error: describeStatus(status, text) });
        });
        response.on("error", (error) => resolve(failure(status, error)));
      },
    );
    request.on("error", (error) => resolve(failure(null, error)));
    request.end(body);
  });
}

function describeStatus(status: number, text: string): string {
  const base =
    status >= 300 && status < 400 ? `HTTP ${status} (redirect not followed)` : `HTTP ${status}`;
  const clean = text.replace(/\s+/g, " ").trim();
  return clean ? `${base}: ${clean}` : base;
}

function failure(status: number | null, error: Error & { code?: string }): SendResult {
  const message =
    error.name === "TimeoutError" || error.name === "AbortError"
      ? "timed out"
      : `${error.code ? `${error.code}: ` : ""}${error.message}`;
  return { ok: false, status, error: message.slice(0, KEEP_BODY) };
}
