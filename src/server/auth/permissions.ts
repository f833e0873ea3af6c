/**
 * Permissions as data: what a program member may do, by role. Procedures ask for an action,
 * never for a role, so adding a role (say, a read-only analyst) is one line here.
 */
export const managerActions = [
  "program.read",
  "program.update",
  "terms.publish",
  /** Adding and removing the program's managers. */
  "managers.manage",
  "enrollments.read",
  "enrollments.decide",
  "audit.read",
  "promoCodes.read",
  "promoCodes.manage",
  "commissionRules.read",
  "commissionRules.manage",
  "apiKeys.read",
  "apiKeys.manage",
  "webhooks.read",
  "webhooks.manage",
  "payouts.read",
  "payouts.manage",
  "conversions.read",
  "conversions.review",
] as const;

export type ManagerAction = (typeof managerActions)[number];
export type MemberRole = "manager";

export const rolePermissions: Record<MemberRole, readonly ManagerAction[]> = {
  manager: managerActions,
};

export function can(role: MemberRole, action: ManagerAction): boolean {
  return rolePermissions[role].includes(action);
}
