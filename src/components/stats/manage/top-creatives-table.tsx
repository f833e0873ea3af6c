import { useFormatter, useTranslations } from "next-intl";
import type { topCreatives } from "~/server/services/stats/program/top-creatives";
import { RankedTableSection, type RankedTableProps } from "./ranked-table-section";

export function TopCreativesTable(
  props: RankedTableProps<Awaited<ReturnType<typeof topCreatives>>["items"][number]>,
) {
  const t = useTranslations("analytics.creatives");
  const format = useFormatter();
  return (
    <RankedTableSection
      {...props}
      table="creatives"
      caption={t("caption", { page: props.result.page })}
      columns={[
        {
          label: t("creative"),
          cell: (item) => (
            <>
              <div className="font-medium">{item.name}</div>
              <div className="text-xs text-zinc-600">
                {t(`kinds.${item.kind}`)}
                {item.archived && ` · ${t("archived")}`}
              </div>
            </>
          ),
        },
        { label: t("partners"), count: (item) => item.partners },
        { label: t("impressions"), count: (item) => item.impressions },
        { label: t("clicks"), count: (item) => item.clicks },
        {
          label: t("ctr"),
          numeric: true,
          cell: (item) =>
            item.impressions > 0
              ? format.number(item.clicks / item.impressions, {
                  style: "percent",
                  maximumFractionDigits: 2,
                })
              : "—",
        },
        { label: t("conversions"), count: (item) => item.conversions },
        { label: t("revenue"), money: (item) => item.revenue },
      ]}
      rowKey={(item) => item.creativeId}
      rowTestId="top-creative-row"
    />
  );
}
