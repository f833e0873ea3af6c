/**
 * Drives Auth.js's own route (the one the sign-in form's server action also goes through) as a
 * browser would: a CSRF token and its cookie, then the form post. The client address travels
 * in the header the web server entry sets (CLIENT_IP_HEADER).
 */
import { inject } from "vitest";
import { NextRequest } from "next/server";
import { resetEnvForTests } from "~/env";
import { handlers } from "~/server/auth/config";
import { CLIENT_IP_HEADER } from "~/server/http/client-address";

export const APP_URL = "http://localhost:3000";
const SECRET = "test-auth-secret-0123456789abcdef";

/** The settings of a web process under test, plus `extra`; Auth.js itself reads process.env. */
export function useWebEnv(extra: Record<string, string> = {}) {
  process.env.AUTH_SECRET = SECRET;
  process.env.AUTH_URL = APP_URL;
  resetEnvForTests({
    DATABASE_URL: inject("databaseUrl"),
    AUTH_SECRET: SECRET,
    AUTH_URL: APP_URL,
    ...extra,
  });
}

async function csrf(): Promise<{ token: string; cookie: string }> {
  const response = await handlers.GET(new NextRequest(`${APP_URL}/api/auth/csrf`));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return { token: csrfToken, cookie };
}

/** Asks for a sign-in link; the answer's redirect target (what the browser is shown next). */
export async function requestLink(
  email: string,
  options: { ip?: string; headers?: Record<string, string> } = {},
): Promise<string> {
  const { token, cookie } = await csrf();
  const response = await handlers.POST(
    new NextRequest(`${APP_URL}/api/auth/signin/email`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie,
        ...(options.ip ? { [CLIENT_IP_HEADER]: options.ip } : {}),
        ...options.headers,
      },
      body: new URLSearchParams({ csrfToken: token, email, callbackUrl: "/portal" }),
    }),
  );
  return response.headers.get("location") ?? `(status ${response.status})`;
}

/** The providers Auth.js offers (GET /api/auth/providers). */
export async function providerIds(): Promise<string[]> {
  const response = await handlers.GET(new NextRequest(`${APP_URL}/api/auth/providers`));
  return Object.keys((await response.json()) as Record<string, unknown>);
}
