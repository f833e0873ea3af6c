"use client";

import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";

/** Previous / next under a breakdown paginated on the server, with "page x of y". */
export function Pager(props: {
  label: string;
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const t = useTranslations("dashboard.pager");
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={props.label} className="mt-3 flex items-center justify-between gap-3 text-sm">
      <span className="text-zinc-600">{t("summary", { page: props.page, pages })}</span>
      <span className="flex gap-2">
        <Button
          type="button"
          variant="secondary"
          disabled={props.page <= 1}
          onClick={() => props.onPage(props.page - 1)}
        >
          {t("previous")}
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={props.page >= pages}
          onClick={() => props.onPage(props.page + 1)}
        >
          {t("next")}
        </Button>
      </span>
    </nav>
  );
}
