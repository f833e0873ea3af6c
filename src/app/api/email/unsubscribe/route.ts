import { getDb } from "~/server/db/client";
import { handleUnsubscribeGet, handleUnsubscribePost } from "~/server/http/email-unsubscribe";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return handleUnsubscribePost(getDb(), request);
}

export function GET(request: Request) {
  return handleUnsubscribeGet(request);
}
