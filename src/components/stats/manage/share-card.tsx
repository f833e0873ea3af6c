import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatMoney } from "~/lib/money";

/**
 * The share of sales that came through partners: what the program is worth to the shop.
 * The bar is a visual aid; the sentence above it carries the figure.
 */
export function ShareCard(props: {
  currency: string;
  share: number | null;
  partnerRevenue: bigint;
  unattributedRevenue: bigint;
  partnerSales: number;
  unattributedSales: number;
}) {
  const t = useTranslations("analytics.share");
  const format = useFormatter();
  const locale = useLocale();
  const money = (amount: bigint) => formatMoney(amount, props.currency, locale);
  return (
    <section
      aria-labelledby="share-title"
      className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm"
    >
      <h3 id="share-title" className="text-base font-semibold">
        {t("title")}
      </h3>
      {props.share === null ? (
        <p className="mt-2 text-sm text-zinc-600">{t("none")}</p>
      ) : (
        <>
          <p className="mt-2 text-2xl font-semibold tabular-nums" data-testid="partner-share">
            {t("ratio", {
              share: format.number(props.share, { style: "percent", maximumFractionDigits: 1 }),
            })}
          </p>
          <div
            className="mt-3 flex h-3 overflow-hidden rounded-full bg-zinc-200"
            aria-hidden="true"
          >
            <div
              className="bg-brand-600"
              style={{ width: `${Math.round(props.share * 1000) / 10}%` }}
            />
          </div>
          <ul className="mt-3 space-y-1 text-sm text-zinc-700">
            <li>
              {t("partners", { amount: money(props.partnerRevenue), count: props.partnerSales })}
            </li>
            <li>
              {t("direct", {
                amount: money(props.unattributedRevenue),
                count: props.unattributedSales,
              })}
            </li>
          </ul>
        </>
      )}
      <p className="mt-2 text-xs text-zinc-600">{t("note")}</p>
    </section>
  );
}
