"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getDb } from "~/server/db/client";
import { DomainError } from "~/server/errors";
import { verifyEmailLinkToken, type EmailLinkPayload } from "~/server/email/links";
import {
  loadEnrollmentPreferences,
  savePreferences,
} from "~/server/services/subscribers/partner-email-preferences";
import { requestMetaFrom } from "~/server/services/subscribers/request-meta";
import { preferencesInput } from "~/server/services/subscribers/rules";
import { updateSubscriberPreferences } from "~/server/services/subscribers/subscriber-preferences";
import { unsubscribeSubscriber } from "~/server/services/subscribers/unsubscribe-subscriber";
import { FREQUENCIES } from "~/lib/subscriber-topics";

export type PreferencesState = { result?: "saved" | "unsubscribed" | "invalid" };

/**
 * The preference center's form. The signed token in the form is checked again here: it is
 * the only proof of who is asking (no sign-in), and it names the subscriber or enrollment.
 */
export async function savePreferenceCenter(
  _state: PreferencesState,
  form: FormData,
): Promise<PreferencesState> {
  const token = String(form.get("token") ?? "");
  const payload = verifyEmailLinkToken(token);
  if (!payload) return { result: "invalid" };
  try {
    const result = await apply(payload, form);
    // The page above the form shows the status: render it again with the change.
    revalidatePath(`/preferences/${token}`);
    return { result };
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return { result: "invalid" };
    throw error;
  }
}

async function apply(
  payload: EmailLinkPayload,
  form: FormData,
): Promise<"saved" | "unsubscribed" | "invalid"> {
  const db = getDb();
  const everything = form.get("intent") === "unsubscribe";
  if (payload.kind === "subscriber") {
    const meta = requestMetaFrom(await headers());
    if (everything) {
      await unsubscribeSubscriber(db, {
        subscriberId: payload.id,
        method: "preference_center",
        meta,
      });
      return "unsubscribed";
    }
    const parsed = preferencesInput.safeParse({
      topics: form.getAll("topics"),
      frequency: form.get("frequency"),
      locale: form.get("locale"),
      timeZone: form.get("timeZone"),
    });
    if (!parsed.success) return "invalid";
    await updateSubscriberPreferences(db, payload.id, parsed.data, meta);
    return "saved";
  }
  if (!(await loadEnrollmentPreferences(db, payload.id))) return "invalid";
  const digest = FREQUENCIES.find((value) => value === form.get("digest")) ?? "weekly";
  await savePreferences(db, {
    enrollmentId: payload.id,
    newsletters: !everything && form.get("newsletters") === "on",
    announcements: !everything && form.get("announcements") === "on",
    digest: everything ? "off" : digest,
  });
  return everything ? "unsubscribed" : "saved";
}
