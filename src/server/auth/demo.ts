/** Demo mode: seeded demo people and the one-click sign-in. Never enable it in production. */
import { env, isDemoMode } from "~/env";

export const DEMO_USERS = {
  partner: "partner@demo.rally.test",
  manager: "manager@demo.rally.test",
} as const;

/** RALLY_DEMO=1 (see src/env.ts). */
export { isDemoMode };

/**
 * The dev mailbox shows outgoing mail, sign-in links included, to anyone who can reach the
 * page: it exists only when asked for by name (RALLY_DEMO=1 or RALLY_DEV_MAILBOX=1), never
 * because NODE_ENV happens not to say production.
 */
export function mailboxEnabled(): boolean {
  return isDemoMode() || env().RALLY_DEV_MAILBOX;
}
