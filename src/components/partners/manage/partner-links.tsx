import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { Badge } from "~/components/ui/status-badge";
import { Cell, Table } from "~/components/ui/table";
import { formatMoney } from "~/lib/money";

type LinkRow = {
  id: string;
  code: string;
  url: string;
  label: string;
  destination: string;
  disabledAt: Date | null;
  clicks: number;
  uniqueClicks: number;
  conversions: number;
  commission: bigint;
};

/** The partner's links, busiest first over the last 30 days, a page at a time. */
export async function PartnerLinks(props: {
  currency: string;
  items: readonly LinkRow[];
  total: number;
  page: number;
  pages: number;
  pageHref: (page: number) => string;
}) {
  const t = await getTranslations("manager.partners.detail");
  const tList = await getTranslations("manager.partners");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <Card className="space-y-3">
      <div>
        <h3 className="font-semibold">{t("links")}</h3>
        <p className="text-xs text-zinc-600">{t("linksNote")}</p>
      </div>
      {props.items.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("noLinks")}</p>
      ) : (
        <Table
          caption={t("linksCaption", { total: props.total })}
          headers={[
            { label: t("link") },
            { label: t("clicks"), align: "right" },
            { label: t("uniqueClicks"), align: "right" },
            { label: t("conversions"), align: "right" },
            { label: t("commission"), align: "right" },
          ]}
        >
          {props.items.map((link) => (
            <tr key={link.id} data-testid="partner-link">
              <Cell>
                <div className="font-medium">{link.label || link.code}</div>
                <div className="max-w-xs truncate text-xs text-zinc-600">{link.destination}</div>
                <code className="text-xs text-zinc-700">{link.url}</code>
                {link.disabledAt && (
                  <div className="mt-1">
                    <Badge tone="zinc">{t("linkDisabled")}</Badge>
                  </div>
                )}
              </Cell>
              <Cell numeric>{format.number(link.clicks)}</Cell>
              <Cell numeric>{format.number(link.uniqueClicks)}</Cell>
              <Cell numeric>{format.number(link.conversions)}</Cell>
              <Cell numeric>{formatMoney(link.commission, props.currency, locale)}</Cell>
            </tr>
          ))}
        </Table>
      )}
      {props.pages > 1 && (
        <PageNav
          label={t("linksPagination")}
          summary={tList("pageOf", { page: props.page, pages: props.pages, total: props.total })}
          previous={
            props.page > 1
              ? { href: props.pageHref(props.page - 1), label: tList("previous") }
              : null
          }
          next={
            props.page < props.pages
              ? { href: props.pageHref(props.page + 1), label: tList("next") }
              : null
          }
        />
      )}
    </Card>
  );
}
