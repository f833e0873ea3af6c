import { appUrl, trackingBaseUrl } from "~/env";
import { pixelUrl, trackingUrl } from "~/server/tracking/tracking-url";
import type { PartnerContext } from "../../context";
import { embedSnippet } from "./embed-snippet";
import { ensureCreativeLink } from "./ensure-creative-link";
import { loadPartnerCreative } from "./partner-creative";

/**
 * What "Copy embed code" shows: the partner's link for the creative (made on first use) and
 * the snippet built around it. The origins come from the deployment's configuration
 * (TRACKING_BASE_URL for the ingest server, AUTH_URL for the app serving public images).
 */
export async function creativeEmbed(
  ctx: PartnerContext,
  input: { creativeId: string },
  origins: { trackingBase?: string; appBase?: string } = {},
) {
  const loaded = await loadPartnerCreative(ctx.db, ctx, input.creativeId);
  const link = await ensureCreativeLink(ctx, loaded);
  const { creative } = loaded;
  const trackingBase = origins.trackingBase?.replace(/\/+$/, "") || trackingBaseUrl();
  const snippet = embedSnippet(
    {
      id: creative.id,
      kind: creative.kind,
      name: creative.name,
      mimeType: creative.mimeType,
      width: creative.width,
      height: creative.height,
      hasFile: creative.storageKey !== null,
      body: creative.body,
      videoUrl: creative.videoUrl,
    },
    { code: link.code, trackingBase, appBase: origins.appBase || appUrl() },
  );
  return {
    link: {
      id: link.id,
      code: link.code,
      url: trackingUrl(link.code, trackingBase),
      disabled: link.disabledAt !== null,
    },
    pixelUrl: pixelUrl(link.code, { creativeId: creative.id, base: trackingBase }),
    snippet,
  };
}
