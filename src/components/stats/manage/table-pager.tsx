import { useTranslations } from "next-intl";
import { PageNav } from "~/components/ui/page-nav";

/** Previous / next under an analytics table; the tables know whether a next page exists. */
export function TablePager(props: {
  table: string;
  page: number;
  hasNext: boolean;
  href: (page: number) => string;
}) {
  const t = useTranslations("analytics.tables");
  if (props.page === 1 && !props.hasNext) return null;
  return (
    <PageNav
      label={t("pagination", { table: props.table })}
      summary={t("page", { page: props.page })}
      previous={props.page > 1 ? { href: props.href(props.page - 1), label: t("previous") } : null}
      next={props.hasNext ? { href: props.href(props.page + 1), label: t("next") } : null}
    />
  );
}
