import { links } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import { checkDestination } from "~/lib/validation/destination";
import { createLinkSchema, type CreateLinkInput } from "~/lib/validation/links";
import { trackingUrl } from "~/server/tracking/tracking-url";
import { recordAudit } from "../audit/record-audit";
import type { PartnerContext } from "../context";
import { newLinkCode } from "./link-code";
import { qrCodeSvg } from "./qr-code";

const ATTEMPTS = 5;

/**
 * A partner creates a tracking link in a program where they are active. The destination must
 * be on the program's allowed domains; the normalised URL is stored, and the redirect only
 * ever goes there.
 */
export async function createLink(ctx: PartnerContext, input: CreateLinkInput) {
  const { destination, label, subId } = createLinkSchema.parse(input);
  const { program, enrollment } = ctx;
  const checked = checkDestination(destination, program.allowedDomains);
  if (!checked.ok) {
    throw new DomainError("BAD_REQUEST", `destination.${checked.problem}`, {
      domains: program.allowedDomains.join(", "),
    });
  }
  const link = await ctx.db.transaction(async (tx) => {
    // 62^8 codes make a collision rare; when one happens the unique index says so and we
    // draw again instead of failing the partner's request.
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const [row] = await tx
        .insert(links)
        .values({
          programId: program.id,
          enrollmentId: enrollment.id,
          code: newLinkCode(),
          destination: checked.url,
          label: label ?? "",
          subId: subId ?? null,
        })
        .onConflictDoNothing({ target: links.code })
        .returning();
      if (!row) continue;
      await recordAudit(tx, {
        programId: program.id,
        actorId: ctx.userId,
        action: "link.created",
        targetType: "link",
        targetId: row.id,
        data: { code: row.code, destination: row.destination },
      });
      return row;
    }
    throw new Error(`no free link code after ${ATTEMPTS} attempts`);
  });
  const url = trackingUrl(link.code);
  return {
    id: link.id,
    code: link.code,
    url,
    destination: link.destination,
    label: link.label,
    subId: link.subId,
    createdAt: link.createdAt,
    qrSvg: await qrCodeSvg(url),
  };
}
