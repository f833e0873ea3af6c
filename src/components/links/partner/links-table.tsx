import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";
import { formatMoney } from "~/lib/money";
import { CopyButton } from "./copy-button";
import { DestinationEditor } from "./destination-editor";
import { LinkActions } from "./link-actions";

export type LinkRow = {
  id: string;
  code: string;
  url: string;
  destination: string;
  destinationAllowed: boolean;
  label: string;
  subId: string | null;
  createdAt: Date;
  disabled: boolean;
  stats: { clicks: number; uniqueClicks: number; conversions: number; commission: bigint };
};

/** The partner's links as cards (they read well on a phone), with 30-day numbers. */
export async function LinksTable(props: { links: LinkRow[]; currency: string; locale: string }) {
  const t = await getTranslations("links.list");
  const tCopy = await getTranslations("links.copy");
  const format = await getFormatter();
  if (props.links.length === 0) return <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />;
  return (
    <ul className="space-y-3" aria-label={t("title")}>
      {props.links.map((link) => (
        <li
          key={link.id}
          className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm"
          data-testid="link-row"
        >
          <div className="flex flex-col gap-3 md:flex-row md:justify-between">
            <div className="min-w-0 space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{link.label || link.code}</span>
                <Badge tone={link.disabled ? "zinc" : "green"}>
                  {link.disabled ? t("disabled") : t("active")}
                </Badge>
                {link.subId && (
                  <code className="rounded bg-zinc-100 px-1 text-xs">{link.subId}</code>
                )}
              </div>
              <p className="flex flex-wrap items-center gap-2">
                <span className="break-all font-mono text-sm">{link.url}</span>
                <CopyButton text={link.url} label={tCopy("linkLabel", { code: link.code })} />
              </p>
              <p className="break-all text-xs text-zinc-600">
                {t("destination")}: {link.destination}
              </p>
              {!link.destinationAllowed && (
                <p
                  role="status"
                  className="text-xs text-amber-800"
                  data-testid="destination-blocked"
                >
                  {t("destinationBlocked")}
                </p>
              )}
              <DestinationEditor linkId={link.id} code={link.code} destination={link.destination} />
              <p className="text-xs text-zinc-500">
                {t("created")}: {format.dateTime(link.createdAt, { dateStyle: "medium" })}
              </p>
            </div>
            <dl className="grid shrink-0 grid-cols-3 gap-3 text-sm md:w-80">
              <div>
                <dt className="text-xs text-zinc-600">{t("clicks")}</dt>
                <dd className="font-semibold">{format.number(link.stats.clicks)}</dd>
              </div>
              <div>
                <dt className="text-xs text-zinc-600">{t("conversions")}</dt>
                <dd className="font-semibold">{format.number(link.stats.conversions)}</dd>
              </div>
              <div>
                <dt className="text-xs text-zinc-600">{t("earned")}</dt>
                <dd className="font-semibold">
                  {formatMoney(link.stats.commission, props.currency, props.locale)}
                </dd>
              </div>
            </dl>
          </div>
          <div className="mt-3">
            <LinkActions linkId={link.id} code={link.code} disabled={link.disabled} />
          </div>
        </li>
      ))}
    </ul>
  );
}
