"use server";

import { headers } from "next/headers";
import { getDb } from "~/server/db/client";
import {
  confirmSubscription,
  type ConfirmResult,
} from "~/server/services/subscribers/confirm-subscription";
import { requestMetaFrom } from "~/server/services/subscribers/request-meta";

export type ConfirmState = ConfirmResult | { status: "idle" };

export async function confirm(_state: ConfirmState, form: FormData): Promise<ConfirmState> {
  const token = String(form.get("token") ?? "");
  return confirmSubscription(getDb(), token, requestMetaFrom(await headers()));
}
