/** Demo mode: seeded demo people and the one-click sign-in. Never enable it in production. */
export const DEMO_USERS = {
  partner: "partner@demo.rally.test",
  manager: "manager@demo.rally.test",
} as const;

export function isDemoMode(): boolean {
  return process.env.RALLY_DEMO === "1";
}

/**
 * The dev mailbox shows outgoing mail to anyone who can reach the page, so it exists only
 * outside production (or in demo mode, which is never a production deployment).
 */
export function mailboxEnabled(): boolean {
  return process.env.NODE_ENV !== "production" || isDemoMode();
}
