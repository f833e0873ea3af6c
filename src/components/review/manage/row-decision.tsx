"use client";

import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";
import type { ReviewRow } from "./review-row";

/** Clear or reject one conversion; rejecting reverses its commissions, so it asks first. */
export function RowDecision(props: {
  row: ReviewRow;
  disabled: boolean;
  onDecide: (decision: "clear" | "reject") => void;
}) {
  const t = useTranslations("review");
  const names = { order: props.row.order, partner: props.row.partner };
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        className="min-h-8 px-3 py-1"
        disabled={props.disabled}
        aria-label={t("clearFor", names)}
        onClick={() => props.onDecide("clear")}
      >
        {t("clear")}
      </Button>
      <Button
        variant="danger"
        className="min-h-8 px-3 py-1"
        disabled={props.disabled}
        aria-label={t("rejectFor", names)}
        onClick={() => {
          if (window.confirm(t("rejectConfirm", { order: props.row.order })))
            props.onDecide("reject");
        }}
      >
        {t("reject")}
      </Button>
    </div>
  );
}
