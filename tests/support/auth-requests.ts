/**
 * Sign-in and session reads through Rally's real Auth.js configuration (its route handlers
 * and `auth()`), on the test database: what a browser's requests do, without a browser.
 */
import { createHash, randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { inject } from "vitest";
import { resetEnvForTests } from "~/env";
import { createCaller } from "~/server/api/root";
import { verificationTokens } from "~/server/db/schema";
import { db } from "./db";

// Auth.js reads its secret from the process environment; the app's pool reads DATABASE_URL.
process.env.AUTH_SECRET = "sessions-test-secret-4f1c2a9be07d";
process.env.DATABASE_URL = inject("databaseUrl");
resetEnvForTests();

const ORIGIN = "http://localhost:3000";
const SESSION_COOKIE = "authjs.session-token";
const authConfig = () => import("~/server/auth/config");

/** The name=value pairs a response sets, for the next request's Cookie header. */
function cookiesOf(response: Response): Map<string, string> {
  return new Map(
    response.headers.getSetCookie().map((line) => {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

export type SignInAttempt = { location: string; cookie: string | null };

/** Follows an emailed sign-in link, as the browser does when the person clicks it. */
export async function followSignInLink(email: string): Promise<SignInAttempt> {
  const token = randomBytes(16).toString("hex");
  await db.insert(verificationTokens).values({
    identifier: email,
    token: createHash("sha256").update(`${token}${process.env.AUTH_SECRET}`).digest("hex"),
    expires: new Date(Date.now() + 10 * 60_000),
  });
  const { handlers } = await authConfig();
  const query = new URLSearchParams({ token, email, callbackUrl: `${ORIGIN}/portal` });
  const response = await handlers.GET(
    new NextRequest(`${ORIGIN}/api/auth/callback/email?${query}`),
  );
  const value = cookiesOf(response).get(SESSION_COOKIE);
  return {
    location: response.headers.get("location") ?? "",
    cookie: value ? `${SESSION_COOKIE}=${value}` : null,
  };
}

/** Asks for a sign-in link the way the sign-in form's POST to Auth.js does. */
export async function requestSignInLink(email: string): Promise<string> {
  const { handlers } = await authConfig();
  const csrf = await handlers.GET(new NextRequest(`${ORIGIN}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = [...cookiesOf(csrf)].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await handlers.POST(
    new NextRequest(`${ORIGIN}/api/auth/signin/email`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: `${ORIGIN}/portal` }),
    }),
  );
  return response.headers.get("location") ?? "";
}

/** The signed-in person's id as `auth()` reads it for a page, or null. */
export async function sessionUserId(cookie: string): Promise<string | null> {
  const { auth } = await authConfig();
  const read = auth as unknown as (call: {
    req: { headers: Record<string, string> };
    res: Response;
  }) => Promise<{ user?: { id?: string } } | null>;
  // The headers Next.js hands auth() for a request to the app at ORIGIN.
  const headers = { cookie, host: new URL(ORIGIN).host, "x-forwarded-proto": "http" };
  const session = await read({ req: { headers }, res: new Response() });
  return session?.user?.id ?? null;
}

/** The tRPC API for a request carrying this cookie: the context built as createContext does. */
export async function callerForCookie(cookie: string) {
  return createCaller({ db, userId: await sessionUserId(cookie), locale: "en" });
}

/** Ends the app's own pool (getDb), which the Auth.js configuration opened. */
export async function closeAppPool(): Promise<void> {
  const global = globalThis as { rallyDb?: { sql: { end: () => Promise<void> } } };
  await global.rallyDb?.sql.end();
  global.rallyDb = undefined;
}
