"use server";

import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { signIn } from "~/server/auth/config";
import { isDemoMode } from "~/server/auth/demo";
import { SignInLimited } from "~/server/auth/sign-in-limited";
import { safeNextPath } from "~/lib/safe-redirect";

export type SignInState = { error?: string; email?: string };

export async function requestMagicLink(_state: SignInState, form: FormData): Promise<SignInState> {
  const t = await getTranslations("signIn");
  const email = z.email().safeParse(
    String(form.get("email") ?? "")
      .trim()
      .toLowerCase(),
  );
  if (!email.success) return { error: t("invalidEmail"), email: String(form.get("email") ?? "") };
  try {
    await signIn("email", { email: email.data, redirectTo: safeNextPath(form.get("next")) });
  } catch (error) {
    // Success ends in a redirect to the check-your-inbox page, which Next.js raises as an error.
    // Auth.js wraps what its signIn callback throws in AccessDenied, the limit included.
    const limited = error instanceof AuthError ? limitOf(error) : undefined;
    if (limited) {
      const minutes = Math.max(1, Math.ceil(limited.retryAfterSeconds / 60));
      return { error: t("rateLimited", { minutes }), email: email.data };
    }
    if (error instanceof AuthError) return { error: t("sendFailed"), email: email.data };
    throw error;
  }
  return {};
}

function limitOf(error: AuthError): SignInLimited | undefined {
  if (error instanceof SignInLimited) return error;
  const cause: unknown = error.cause?.err;
  return cause instanceof SignInLimited ? cause : undefined;
}

export async function demoSignIn(form: FormData): Promise<void> {
  if (!isDemoMode()) return;
  const who = form.get("who") === "manager" ? "manager" : "partner";
  await signIn("demo", { who, redirectTo: who === "manager" ? "/manage" : "/portal" });
}
