"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "~/components/ui/button";
import { creativeFileUrl } from "~/lib/creative-urls";
import { EmbedCode } from "./embed-code";
import { PreviewDialog } from "./preview-dialog";
import type { CreativeItem } from "./types";

/** Preview, download and "copy embed code" for one creative card. */
export function CreativeActions({ creative }: { creative: CreativeItem }) {
  const t = useTranslations("creatives.partner.actions");
  return (
    <div className="mt-auto space-y-3">
      <div className="flex flex-wrap gap-2">
        <PreviewDialog creative={creative} />
        {creative.hasFile && (
          <a
            href={creativeFileUrl(creative.id, { download: true })}
            download
            className={buttonClass("secondary") + " min-h-9 px-3 py-1.5"}
            aria-label={t("downloadNamed", { name: creative.name })}
          >
            {t("download")}
          </a>
        )}
      </div>
      {creative.embeddable && <EmbedCode creativeId={creative.id} name={creative.name} />}
    </div>
  );
}
