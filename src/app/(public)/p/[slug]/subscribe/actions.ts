"use server";

import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "~/server/db/client";
import { DomainError } from "~/server/errors";
import { requestMetaFrom } from "~/server/services/subscribers/request-meta";
import { requestSubscription } from "~/server/services/subscribers/request-subscription";
import { subscribeInput } from "~/server/services/subscribers/rules";

export type SubscribeState = {
  done?: boolean;
  error?: string;
  fieldErrors?: { email?: string };
  values?: { email: string; name: string };
};

export async function subscribe(_state: SubscribeState, form: FormData): Promise<SubscribeState> {
  const t = await getTranslations("subscribers.form");
  const values = { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? "") };
  const parsed = subscribeInput.safeParse({
    slug: form.get("slug"),
    email: values.email.trim(),
    name: values.name,
    locale: form.get("locale"),
    topics: form.getAll("topics"),
  });
  if (!parsed.success) {
    const emailBad = parsed.error.issues.some((issue) => issue.path[0] === "email");
    return {
      error: emailBad ? undefined : t("invalid"),
      fieldErrors: emailBad ? { email: t("invalidEmail") } : undefined,
      values,
    };
  }
  try {
    await requestSubscription(getDb(), parsed.data, requestMetaFrom(await headers()));
  } catch (error) {
    if (error instanceof DomainError && error.key === "rateLimited") {
      const minutes = Math.max(1, Math.ceil(Number(error.params.retryAfter ?? 60) / 60));
      return { error: t("rateLimited", { minutes }), values };
    }
    if (error instanceof DomainError && error.code === "NOT_FOUND")
      return { error: t("unknownProgram"), values };
    if (error instanceof z.ZodError) return { error: t("invalid"), values };
    throw error;
  }
  // The same answer for every address, subscribed or not.
  return { done: true };
}
