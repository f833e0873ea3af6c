import { useFormatter, useLocale, useTranslations } from "next-intl";
import { PageNav } from "~/components/ui/page-nav";
import { Badge } from "~/components/ui/status-badge";
import { Cell, Table } from "~/components/ui/table";
import { formatMoney } from "~/lib/money";
import type { listNetwork } from "~/server/services/referrals/list-network";

const tone = { applied: "amber", approved: "green", suspended: "red" } as const;

/** The partners the viewer recruited in one program, a page at a time. */
export function NetworkTable(props: {
  programId: string;
  programName: string;
  page: number;
  network: Awaited<ReturnType<typeof listNetwork>>;
}) {
  const t = useTranslations("settings.network");
  const format = useFormatter();
  const locale = useLocale();
  const { network } = props;
  const money = (amount: bigint) => formatMoney(amount, network.currency, locale);
  const href = (page: number) => `/portal/settings?program=${props.programId}&page=${page}#network`;
  return (
    <section id="network" aria-labelledby="network-title" className="space-y-3">
      <h2 id="network-title" className="text-lg font-semibold">
        {t("title", { program: props.programName })}
      </h2>
      <p className="text-sm text-zinc-700" data-testid="network-total">
        {t("total", { count: network.total, amount: money(network.totalEarned) })}
      </p>
      {network.depth > 1 && <p className="text-sm text-zinc-600">{t("privacy")}</p>}
      {network.items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white p-6 text-center">
          <p className="font-medium">{t("emptyTitle")}</p>
          <p className="mt-1 text-sm text-zinc-600">{t("emptyBody")}</p>
        </div>
      ) : (
        <Table
          caption={t("caption", {
            program: props.programName,
            page: props.page,
            pages: network.pages,
          })}
          headers={[
            { label: t("partner") },
            { label: t("level"), align: "right" },
            { label: t("joined") },
            { label: t("status") },
            { label: t("earned"), align: "right" },
          ]}
        >
          {network.items.map((item, index) => (
            <tr key={`${item.alias}-${index}`} data-testid="network-row">
              <Cell>{item.name ?? t("alias", { alias: item.alias })}</Cell>
              <Cell numeric>{item.level}</Cell>
              <Cell className="whitespace-nowrap">
                {format.dateTime(item.joinedAt, { dateStyle: "medium" })}
              </Cell>
              <Cell>
                <Badge tone={tone[item.status]}>{t(`statuses.${item.status}`)}</Badge>
              </Cell>
              <Cell numeric>{money(item.earned)}</Cell>
            </tr>
          ))}
        </Table>
      )}
      {network.pages > 1 && (
        <PageNav
          label={t("pagination")}
          summary={t("pageOf", { page: props.page, pages: network.pages })}
          previous={props.page > 1 ? { href: href(props.page - 1), label: t("previous") } : null}
          next={
            props.page < network.pages ? { href: href(props.page + 1), label: t("next") } : null
          }
        />
      )}
    </section>
  );
}
