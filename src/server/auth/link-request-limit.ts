import { headers } from "next/headers";
import { getDb } from "~/server/db/client";
import { DomainError } from "~/server/errors";
import { webClientIp } from "~/server/http/client-address";
import { limitSignInRequest } from "~/server/services/sign-in/limit-sign-in-request";
import { SignInLimited } from "./sign-in-limited";

/**
 * Counts a request for a sign-in link against the per-address and per-client limits, or
 * throws SignInLimited. Called from Auth.js's signIn callback, before a token exists: from
 * sendVerificationRequest a refusal could settle while Auth.js is still hashing the token,
 * before it awaits the send, and surface as an unhandled rejection. `request` is Auth.js's
 * own request on its route; a server action has none, so its headers come from Next.
 */
export async function limitLinkRequest(email: string, request: Request | undefined) {
  const requestHeaders = request?.headers ?? (await headers());
  try {
    await limitSignInRequest(getDb(), { email, ip: webClientIp(requestHeaders) });
  } catch (error) {
    if (error instanceof DomainError && error.key === "rateLimited") {
      throw new SignInLimited(Number(error.params.retryAfter));
    }
    throw error;
  }
}
