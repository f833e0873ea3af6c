import type { EmailConfig } from "next-auth/providers/email";
import { DEFAULT_EMAIL_FROM, env } from "~/env";
import { LOCALE_COOKIE } from "~/i18n/locales";
import { getDb } from "~/server/db/client";
import { sendEmail } from "~/server/email/send";
import { redactSignInUrl } from "~/server/services/sign-in/rules";
import { mailboxEnabled } from "./demo";

/** The reader's language from the request's cookies (server actions and the route alike). */
function localeOf(request: Request): string {
  const prefix = `${LOCALE_COOKIE}=`;
  const cookie = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix));
  return cookie ? decodeURIComponent(cookie.slice(prefix.length)) : "en";
}

/**
 * Sign-in by emailed link. The request limits are checked in Auth.js's signIn callback (see
 * link-request-limit.ts), so its own route is held to them as the form is. Known and unknown
 * addresses get the same treatment: a link (Auth.js creates the account when it is
 * followed) and the same check-your-inbox page.
 */
export const magicLink = (): EmailConfig => ({
  id: "email",
  type: "email",
  name: "Email",
  from: env().EMAIL_FROM ?? DEFAULT_EMAIL_FROM,
  maxAge: env().SIGN_IN_LINK_MINUTES * 60,
  options: {},
  async sendVerificationRequest({ identifier, url, request }) {
    const host = new URL(url).host;
    const sent = await sendEmail(getDb(), {
      to: identifier,
      template: "signIn",
      locale: localeOf(request),
      props: { url, host },
      // Without a mailbox nobody needs the stored link: a database reader must not sign in.
      storedProps: mailboxEnabled() ? undefined : { url: redactSignInUrl(url), host },
    });
    // Auth.js turns this into the "could not send" message on the sign-in page.
    if (sent.status === "failed") throw new Error("the sign-in email was not accepted");
  },
});
