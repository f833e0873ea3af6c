import { getTranslations } from "next-intl/server";
import { AUDIT_TARGET_TYPES, isKnownAuditAction } from "~/server/services/audit/audit-actions";

/**
 * The translated name of an action, or its key when the action is newer than the messages
 * (the log keeps whatever the code recorded; an unknown key must still show, not fail).
 */
export async function actionLabel(action: string): Promise<string> {
  if (!isKnownAuditAction(action)) return action;
  const t = await getTranslations("manager.audit.actions");
  return t(action);
}

export async function targetLabel(type: string): Promise<string> {
  if (!(AUDIT_TARGET_TYPES as readonly string[]).includes(type)) return type;
  const t = await getTranslations("manager.audit.targets");
  return t(type as (typeof AUDIT_TARGET_TYPES)[number]);
}
