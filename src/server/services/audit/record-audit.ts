import type { Executor } from "~/server/db/client";
import { auditLog } from "~/server/db/schema";

export type AuditEntry = {
  programId: string | null;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  data?: Record<string, unknown>;
};

/** Call inside the transaction that makes the change, so the record and the change land together. */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({ ...entry, data: entry.data ?? {} });
}
