import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";
import { Cell, Table } from "~/components/ui/table";
import { formatMoney } from "~/lib/money";

type ConversionRow = {
  id: string;
  type: "sale" | "lead" | "install" | "action";
  actionKey: string | null;
  externalId: string;
  amount: bigint | null;
  currency: string;
  occurredAt: Date;
  reviewStatus: "none" | "flagged" | "cleared" | "rejected";
  commission: bigint;
  commissionNet: bigint;
};

const tone = { none: "zinc", flagged: "amber", cleared: "green", rejected: "red" } as const;

/** The partner's latest conversions with what they earned from each, newest first. */
export async function PartnerConversions(props: {
  items: readonly ConversionRow[];
  olderHref: string | null;
  newestHref: string | null;
}) {
  const t = await getTranslations("manager.partners.detail");
  const tConversions = await getTranslations("conversions");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <Card className="space-y-3">
      <h3 className="font-semibold">{t("conversionsTitle")}</h3>
      {props.items.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("noConversions")}</p>
      ) : (
        <Table
          caption={t("conversionsCaption")}
          headers={[
            { label: t("when") },
            { label: t("conversion") },
            { label: t("amount"), align: "right" },
            { label: t("commission"), align: "right" },
            { label: t("review") },
          ]}
        >
          {props.items.map((row) => (
            <tr key={row.id} data-testid="partner-conversion">
              <Cell className="whitespace-nowrap text-zinc-700">
                {format.dateTime(row.occurredAt, { dateStyle: "medium", timeStyle: "short" })}
              </Cell>
              <Cell>
                <div>
                  {tConversions(`types.${row.type}`)}
                  {row.actionKey && ` · ${row.actionKey}`}
                </div>
                <div className="text-xs text-zinc-600">
                  {tConversions("order", { order: row.externalId })}
                </div>
              </Cell>
              <Cell numeric>
                {row.amount === null ? "—" : formatMoney(row.amount, row.currency, locale)}
              </Cell>
              <Cell numeric>
                <div>{formatMoney(row.commissionNet, row.currency, locale)}</div>
                {row.commissionNet !== row.commission && (
                  <div className="text-xs text-zinc-600">
                    {t("commissionBeforeReversals", {
                      amount: formatMoney(row.commission, row.currency, locale),
                    })}
                  </div>
                )}
              </Cell>
              <Cell>
                <Badge tone={tone[row.reviewStatus]}>
                  {tConversions(`reviews.${row.reviewStatus}`)}
                </Badge>
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      {(props.newestHref || props.olderHref) && (
        <nav className="flex gap-3 text-sm" aria-label={t("conversionsPagination")}>
          {props.newestHref && (
            <Link href={props.newestHref} className="text-brand-700 underline">
              {t("newestConversions")}
            </Link>
          )}
          {props.olderHref && (
            <Link href={props.olderHref} className="text-brand-700 underline">
              {t("olderConversions")}
            </Link>
          )}
        </nav>
      )}
    </Card>
  );
}
