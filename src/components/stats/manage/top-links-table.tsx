import { useTranslations } from "next-intl";
import type { topLinks } from "~/server/services/stats/program/top-links";
import { RankedTableSection, type RankedTableProps } from "./ranked-table-section";

export function TopLinksTable(
  props: RankedTableProps<Awaited<ReturnType<typeof topLinks>>["items"][number]>,
) {
  const t = useTranslations("analytics.links");
  return (
    <RankedTableSection
      {...props}
      table="links"
      caption={t("caption", { page: props.result.page })}
      columns={[
        {
          label: t("link"),
          cell: (item) =>
            item.code === null ? (
              <span className="text-zinc-600">{t("unknown")}</span>
            ) : (
              <>
                <div className="font-medium">{item.label || t("noLabel")}</div>
                <div className="font-mono text-xs text-zinc-600">{item.code}</div>
              </>
            ),
        },
        { label: t("partner"), cell: (item) => item.partnerName ?? item.partnerEmail ?? "—" },
        { label: t("clicks"), count: (item) => item.clicks },
        { label: t("uniqueClicks"), count: (item) => item.uniqueClicks },
        { label: t("conversions"), count: (item) => item.conversions },
        { label: t("revenue"), money: (item) => item.revenue },
        { label: t("commission"), money: (item) => item.commission },
      ]}
      rowKey={(item) => item.linkId}
      rowTestId="top-link-row"
    />
  );
}
