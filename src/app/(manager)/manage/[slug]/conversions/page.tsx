import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { ExportCsvButton } from "~/components/exports/manage/export-csv-button";
import { managedProgram } from "~/components/programs/manage/managed-program";
import {
  attributionSources,
  ConversionFilters,
  conversionTypes,
  reviewStatuses,
} from "~/components/review/manage/conversion-filters";
import { fraudReasonKey } from "~/components/review/manage/fraud-reasons";
import { EmptyState } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";
import { Table } from "~/components/ui/table";
import { formatMoney } from "~/lib/money";

const querySchema = z.object({
  type: z.enum(conversionTypes).optional().catch(undefined),
  attribution: z.enum(attributionSources).optional().catch(undefined),
  review: z.enum(reviewStatuses).optional().catch(undefined),
  cursor: z.uuid().optional().catch(undefined),
});
const tone = { none: "zinc", flagged: "amber", cleared: "green", rejected: "red" } as const;

export default async function ConversionsPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const query = querySchema.parse(await props.searchParams);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("conversions");
  const tReview = await getTranslations("review");
  const locale = await getLocale();
  const format = await getFormatter();
  const result = await caller.manage.conversions.list({ programId: program.id, ...query });
  const money = (amount: bigint, currency: string) => formatMoney(amount, currency, locale);
  const filtered = Boolean(query.type || query.attribution || query.review);
  const href = (cursor?: string) => {
    const search = new URLSearchParams();
    const merged = {
      type: query.type,
      attribution: query.attribution,
      review: query.review,
      cursor,
    };
    for (const [key, value] of Object.entries(merged)) if (value) search.set(key, value);
    return `/manage/${slug}/conversions${search.size ? `?${search}` : ""}`;
  };

  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <p className="text-sm text-zinc-600">{t("description")}</p>
      </div>
      <ExportCsvButton
        slug={slug}
        table="conversions"
        what={t("title")}
        query={{ type: query.type, attribution: query.attribution, review: query.review }}
      />
      <ConversionFilters values={query} />
      {result.items.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={filtered ? t("emptyFiltered") : t("emptyBody")} />
      ) : (
        <Table
          landmark={false}
          caption={t("caption")}
          headers={[
            { label: t("when") },
            { label: t("conversion") },
            { label: t("partner") },
            { label: t("amount"), align: "right" },
            { label: t("commission"), align: "right" },
            { label: t("status") },
          ]}
        >
          {result.items.map((item) => (
            <tr key={item.id} data-testid="conversion-row">
              <td className="whitespace-nowrap px-4 py-3 align-top text-zinc-600">
                {format.dateTime(item.occurredAt, { dateStyle: "medium", timeStyle: "short" })}
              </td>
              <td className="px-4 py-3 align-top">
                <div className="font-medium">
                  {t(`types.${item.type}`)}
                  {item.actionKey && ` · ${item.actionKey}`}
                </div>
                <div className="text-xs text-zinc-500">
                  {t("order", { order: item.externalId })}
                </div>
              </td>
              <td className="px-4 py-3 align-top">
                <div>{item.partnerEmail ?? t("noPartner")}</div>
                <div className="text-xs text-zinc-500">{t(`attributions.${item.attribution}`)}</div>
              </td>
              <td className="whitespace-nowrap px-4 py-3 text-right align-top tabular-nums">
                <div>{item.amount === null ? "—" : money(item.amount, item.currency)}</div>
                {item.refunded > 0n && (
                  <div className="text-xs text-red-700">
                    {t("refundedAmount", { amount: money(item.refunded, item.currency) })}
                  </div>
                )}
              </td>
              <td className="whitespace-nowrap px-4 py-3 text-right align-top tabular-nums">
                <div className="font-medium">{money(item.commissionNet, item.currency)}</div>
                {item.commissionNet !== item.commission && (
                  <div className="text-xs text-zinc-500">
                    {t("commissionGross", { amount: money(item.commission, item.currency) })}
                  </div>
                )}
              </td>
              <td className="px-4 py-3 align-top">
                <Badge tone={tone[item.reviewStatus]}>{t(`reviews.${item.reviewStatus}`)}</Badge>
                {item.fraudFlags.length > 0 && (
                  <ul className="mt-1 space-y-0.5 text-xs text-zinc-600">
                    {item.fraudFlags.map((flag) => {
                      const key = fraudReasonKey(flag);
                      return (
                        <li key={flag}>
                          {key ? tReview(`flags.${key}`) : tReview("flags.other", { flag })}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      <nav className="flex gap-3 text-sm" aria-label={t("pagination")}>
        {query.cursor && (
          <Link href={href()} className="text-brand-700 underline">
            {t("newest")}
          </Link>
        )}
        {result.nextCursor && (
          <Link href={href(result.nextCursor)} className="text-brand-700 underline">
            {t("older")}
          </Link>
        )}
      </nav>
    </div>
  );
}
