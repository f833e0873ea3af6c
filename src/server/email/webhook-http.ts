import { env } from "~/env";
import { readCappedBody } from "~/server/http/read-capped-body";
import type { Db } from "~/server/db/client";
import { recordResendEvent, resendEvent } from "./webhook-events";
import { verifySvixSignature } from "./webhook-signature";

const plain = (status: number, body: string) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * POST /api/webhooks/resend: Resend's delivery events, signed by Svix with
 * RESEND_WEBHOOK_SECRET. Anything unsigned, forged or stale is refused before it is parsed;
 * events Rally does not use are acknowledged (200) so Resend does not retry them.
 *
 * Not same-origin checked, by design: Resend posts from its own servers, and the Svix
 * signature (not the origin) is what proves the sender. It carries no session either.
 */
export async function handleResendWebhook(
  db: Db,
  request: Request,
  secret = env().RESEND_WEBHOOK_SECRET,
): Promise<Response> {
  if (!secret) return plain(503, "Webhooks are not configured (RESEND_WEBHOOK_SECRET).");
  // Resend's events are a few KB; anything past the cap is refused before it is buffered.
  const cap = env().REQUEST_BODY_MAX_BYTES;
  const bytes = await readCappedBody(request, cap);
  if (!bytes) return plain(413, `The body may be at most ${cap} bytes.`);
  const body = new TextDecoder().decode(bytes);
  const headers = {
    id: request.headers.get("svix-id"),
    timestamp: request.headers.get("svix-timestamp"),
    signature: request.headers.get("svix-signature"),
  };
  if (!verifySvixSignature(secret, headers, body)) return plain(401, "Invalid signature.");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return plain(400, "The body is not JSON.");
  }
  const event = resendEvent.safeParse(json);
  if (!event.success) return plain(400, "Not a Resend event.");
  const result = await recordResendEvent(db, event.data, headers.id ?? "");
  return plain(200, result.handled ? "Recorded." : "Ignored.");
}
