import { getDb } from "~/server/db/client";
import { currentUserId } from "~/server/auth/session";
import { LOCALE_COOKIE, pickLocale } from "~/i18n/locales";
import type { Context } from "./trpc";

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

/** The language of a request's messages: the chosen one (cookie), else the browser's. */
export function localeOf(headers: Headers) {
  return pickLocale(
    cookieValue(headers.get("cookie"), LOCALE_COOKIE),
    headers.get("accept-language"),
  );
}

/** The context of one request: the pool, the signed-in user, the language for messages. */
export async function createContext(headers: Headers): Promise<Context> {
  return { db: getDb(), userId: await currentUserId(), locale: localeOf(headers) };
}
