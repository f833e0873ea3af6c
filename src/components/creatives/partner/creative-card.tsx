import { getFormatter, getTranslations } from "next-intl/server";
import { creativeThumbnailUrl } from "~/lib/creative-urls";
import { CreativeActions } from "./creative-actions";
import { textKinds, type CreativeItem } from "./types";

/** One creative in the library grid: what it is, how it did for this partner, what to do. */
export async function CreativeCard({ creative }: { creative: CreativeItem }) {
  const t = await getTranslations("creatives.partner");
  const format = await getFormatter();
  const size = creative.width && creative.height ? `${creative.width}×${creative.height}` : null;
  return (
    <li
      id={`creative-${creative.id}`}
      className="flex scroll-mt-24 flex-col overflow-hidden rounded-lg border border-zinc-200 bg-white shadow-sm"
      data-testid="creative-card"
    >
      <div className="flex h-36 items-center justify-center overflow-hidden border-b border-zinc-100 bg-zinc-50">
        {creative.hasThumbnail ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by our own route with its own caching
          <img
            src={creativeThumbnailUrl(creative.id)}
            alt=""
            loading="lazy"
            className="max-h-full max-w-full object-contain"
          />
        ) : textKinds.includes(creative.kind) ? (
          <p className="line-clamp-5 w-full whitespace-pre-line p-3 text-xs text-zinc-700">
            {creative.body}
          </p>
        ) : (
          <span className="text-sm text-zinc-600">{t(`kinds.${creative.kind}`)}</span>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div>
          <h3 className="break-words font-semibold">{creative.name}</h3>
          <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-zinc-600">
            <span>{t(`kinds.${creative.kind}`)}</span>
            {size && <span>{t("card.size", { size })}</span>}
            {creative.language && (
              <span>{t("card.language", { language: creative.language.toUpperCase() })}</span>
            )}
            {creative.byteSize !== null && (
              <span>
                {format.number(Math.max(1, creative.byteSize / 1024), {
                  style: "unit",
                  unit: "kilobyte",
                  maximumFractionDigits: 0,
                })}
              </span>
            )}
          </p>
          {creative.tags.length > 0 && (
            <ul className="mt-2 flex flex-wrap gap-1" aria-label={t("card.tags")}>
              {creative.tags.map((tag) => (
                <li key={tag} className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-700">
                  {tag}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <p className="mb-1 text-xs text-zinc-600">{t("card.statsLabel")}</p>
          <dl className="grid grid-cols-3 gap-2 text-sm">
            <div>
              <dt className="text-xs text-zinc-600">{t("card.clicks")}</dt>
              <dd className="font-semibold tabular-nums">{format.number(creative.stats.clicks)}</dd>
            </div>
            <div>
              <dt className="text-xs text-zinc-600">{t("card.impressions")}</dt>
              <dd className="font-semibold tabular-nums">
                {format.number(creative.stats.impressions)}
              </dd>
            </div>
            <div>
              <dt className="text-xs text-zinc-600">{t("card.ctr")}</dt>
              <dd className="font-semibold tabular-nums">
                {creative.stats.ctr === null
                  ? t("card.noCtr")
                  : format.number(creative.stats.ctr, {
                      style: "percent",
                      maximumFractionDigits: 2,
                    })}
              </dd>
            </div>
          </dl>
        </div>
        <CreativeActions creative={creative} />
      </div>
    </li>
  );
}
