import { and, eq } from "drizzle-orm";
import { enrollments, links } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { trackingUrl } from "~/server/tracking/tracking-url";
import type { ActorContext } from "../context";
import { qrCodePng, qrCodeSvg } from "./qr-code";

/** The QR code of one of the caller's links, made on demand so link lists stay cheap. */
export async function linkQrCode(ctx: ActorContext, input: { linkId: string }) {
  const [link] = await ctx.db
    .select({ code: links.code })
    .from(links)
    .innerJoin(enrollments, eq(enrollments.id, links.enrollmentId))
    .where(and(eq(links.id, input.linkId), eq(enrollments.partnerId, ctx.userId)));
  if (!link) throw notFound("link");
  const url = trackingUrl(link.code);
  const [svg, png] = await Promise.all([qrCodeSvg(url), qrCodePng(url)]);
  return { url, svg, png };
}
