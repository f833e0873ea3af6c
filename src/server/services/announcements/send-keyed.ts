import type { EmailTemplate } from "@emails/registry";
import type { Db } from "~/server/db/client";
import { sendEmail, type OutgoingEmail } from "~/server/email/send";

export type KeyedEmail<T extends EmailTemplate> = OutgoingEmail<T> & {
  /** Names the message: a second send with the same key sends nothing. */
  idempotencyKey: string;
};

/** One message through the one sendEmail; `sent` is false when its key was already used. */
export async function sendKeyed<T extends EmailTemplate>(db: Db, message: KeyedEmail<T>) {
  const result = await sendEmail(db, message);
  return { sent: !result.duplicate, id: result.id, status: result.status };
}
