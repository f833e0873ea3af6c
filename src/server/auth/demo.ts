/** Demo mode: seeded demo people and the one-click sign-in. Never enable it in production. */
export const DEMO_USERS = {
  partner: "partner@demo.rally.test",
  manager: "manager@demo.rally.test",
} as const;

export function isDemoMode(): boolean {
  return process.env.RALLY_DEMO === "1";
}
