/** Demo mode: seeded demo people and the one-click sign-in. Never enable it in production. */
import { isDemoMode, isProduction } from "~/env";

export const DEMO_USERS = {
  partner: "partner@demo.rally.test",
  manager: "manager@demo.rally.test",
} as const;

/** RALLY_DEMO=1 (see src/env.ts). */
export { isDemoMode };

/**
 * The dev mailbox shows outgoing mail to anyone who can reach the page, so it exists only
 * outside production (or in demo mode, which is never a production deployment).
 */
export function mailboxEnabled(): boolean {
  return !isProduction() || isDemoMode();
}
