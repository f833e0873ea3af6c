import { getDb } from "~/server/db/client";
import { handleResendWebhook } from "~/server/email/webhook-http";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return handleResendWebhook(getDb(), request);
}
