import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "~/components/ui/status-badge";
import { buttonClass } from "~/components/ui/button";
import { creativeFileUrl, creativeThumbnailUrl } from "~/lib/creative-urls";
import { typeLabels } from "~/lib/validation/creatives";
import type { listCreatives } from "~/server/services/creatives/list-creatives";
import { ArchiveCreativeButton } from "./archive-creative-button";
import { EditCreative } from "./edit-creative-form";
import { languageName } from "./language-name";

export type ManagerCreative = Awaited<ReturnType<typeof listCreatives>>["items"][number];

export async function CreativeCard({
  programId,
  creative,
}: {
  programId: string;
  creative: ManagerCreative;
}) {
  const t = await getTranslations("creatives.manage.card");
  const tKind = await getTranslations("creatives.manage.kinds");
  const format = await getFormatter();
  const locale = await getLocale();
  const type = creative.mimeType ? (typeLabels[creative.mimeType] ?? creative.mimeType) : null;
  const facts: [string, string][] = [
    [t("kind"), tKind(creative.kind)],
    ...(type ? [[t("type"), type] as [string, string]] : []),
    ...(creative.width && creative.height
      ? [
          [t("dimensions"), t("pixels", { width: creative.width, height: creative.height })] as [
            string,
            string,
          ],
        ]
      : []),
    ...(creative.byteSize !== null
      ? [[t("fileSize"), fileSize(creative.byteSize, format)] as [string, string]]
      : []),
    [t("language"), creative.language ? languageName(creative.language, locale) : t("noLanguage")],
    [t("added"), format.dateTime(creative.createdAt, { dateStyle: "medium" })],
  ];
  return (
    <article
      className="flex h-full flex-col overflow-hidden rounded-lg border border-zinc-200 bg-white shadow-sm"
      data-testid="manager-creative"
    >
      <div className="flex h-40 items-center justify-center border-b border-zinc-100 bg-zinc-50">
        {creative.hasThumbnail ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by our own route with its own caching
          <img
            src={creativeThumbnailUrl(creative.id)}
            alt={t("preview", { name: creative.name })}
            loading="lazy"
            className="max-h-full max-w-full object-contain"
          />
        ) : creative.bodyPreview ? (
          <p className="line-clamp-6 w-full whitespace-pre-line p-3 text-xs text-zinc-700">
            {creative.bodyPreview}
          </p>
        ) : creative.videoUrl ? (
          <a
            href={creative.videoUrl}
            className="break-all p-3 text-sm text-brand-700 underline"
            rel="noreferrer"
            target="_blank"
          >
            {creative.videoUrl}
          </a>
        ) : (
          <span className="text-2xl font-semibold text-zinc-500" aria-hidden="true">
            {type ?? "?"}
          </span>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h4 className="break-words font-semibold text-zinc-900">{creative.name}</h4>
          {creative.archivedAt && <Badge tone="zinc">{t("archived")}</Badge>}
        </div>
        {creative.description && <p className="text-sm text-zinc-600">{creative.description}</p>}
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-zinc-600">{label}</dt>
              <dd className="text-zinc-900">{value}</dd>
            </div>
          ))}
        </dl>
        {creative.tags.length > 0 && (
          <ul className="flex flex-wrap gap-1" aria-label={t("tags")}>
            {creative.tags.map((tag) => (
              <li key={tag} className="rounded bg-zinc-100 px-2 py-0.5 text-xs text-zinc-700">
                {tag}
              </li>
            ))}
          </ul>
        )}
        <div className="mt-auto flex flex-wrap items-center gap-2 pt-2">
          {creative.hasFile && (
            <a
              href={creativeFileUrl(creative.id, { download: true })}
              className={buttonClass("secondary")}
              aria-label={t("downloadNamed", { name: creative.name })}
            >
              {t("download")}
            </a>
          )}
          <EditCreative
            programId={programId}
            creative={{
              id: creative.id,
              name: creative.name,
              description: creative.description,
              language: creative.language,
              tags: creative.tags,
            }}
          />
          <ArchiveCreativeButton
            programId={programId}
            creativeId={creative.id}
            name={creative.name}
            archived={creative.archivedAt !== null}
          />
        </div>
      </div>
    </article>
  );
}

function fileSize(bytes: number, format: Awaited<ReturnType<typeof getFormatter>>): string {
  if (bytes < 1024 * 1024) {
    return format.number(Math.max(1, Math.round(bytes / 1024)), {
      style: "unit",
      unit: "kilobyte",
    });
  }
  return format.number(bytes / 1024 / 1024, {
    style: "unit",
    unit: "megabyte",
    maximumFractionDigits: 1,
  });
}
