import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { z } from "zod";
import { env } from "~/env";
import { getDb } from "~/server/db/client";
import { accounts, sessions, users, verificationTokens } from "~/server/db/schema";
import { checkSession } from "~/server/services/sessions/check-session";
import { signInAllowed } from "~/server/services/sessions/sign-in-allowed";
import { DEMO_USERS, isDemoMode } from "./demo";
import { limitLinkRequest } from "./link-request-limit";
import { magicLink } from "./magic-link";

/** One-click sign-in as a seeded demo person; the provider exists only in demo mode. */
const demoSignIn = Credentials({
  id: "demo",
  name: "Demo",
  credentials: { who: {} },
  async authorize(credentials) {
    if (!isDemoMode()) return null;
    const who = z.enum(["partner", "manager"]).safeParse(credentials?.who);
    if (!who.success) return null;
    const [user] = await getDb().select().from(users).where(eq(users.email, DEMO_USERS[who.data]));
    return user ?? null;
  },
});

function providers(): NextAuthConfig["providers"] {
  const list: NextAuthConfig["providers"] = [magicLink()];
  if (env().AUTH_GITHUB_ID && env().AUTH_GITHUB_SECRET) list.push(GitHub);
  if (isDemoMode()) list.push(demoSignIn);
  return list;
}

/** Where Auth.js sends the browser after a link was asked for (then on to pages.verifyRequest). */
const VERIFY_REQUEST_PATH = "/api/auth/verify-request?provider=email&type=email";

export const { handlers, auth, signIn, signOut } = NextAuth((request) => ({
  adapter: DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  // JWT sessions let the demo credentials provider and the magic link share one session shape.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: providers(),
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
  callbacks: {
    // Every provider (magic link when it is asked for and when it is followed, GitHub, demo).
    // A disabled person asking for a link gets the "check your email" answer everyone gets,
    // and no email: the sign-in form must not tell which addresses are disabled.
    // Asking for a link counts against the limits first, disabled or not, so the limit's
    // answer does not tell them apart either.
    signIn: async ({ user, email }) => {
      if (email?.verificationRequest && user.email) await limitLinkRequest(user.email, request);
      if (await signInAllowed(getDb(), user)) return true;
      return email?.verificationRequest ? VERIFY_REQUEST_PATH : false;
    },
    // Runs on every read of the session (auth() in pages, the tRPC context, route handlers):
    // null signs the holder out, so a raised session version or a disabled person ends it.
    jwt: ({ token, user }) => checkSession(getDb(), token, user?.id),
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
