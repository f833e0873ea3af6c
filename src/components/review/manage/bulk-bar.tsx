"use client";

import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";

type Decision = "clear" | "reject";

/** The same decision for every selected conversion, after the manager confirms the count. */
export function BulkBar(props: {
  count: number;
  disabled: boolean;
  result: { decided: string[]; skipped: unknown[] } | null;
  onDecide: (decision: Decision) => void;
}) {
  const t = useTranslations("review");
  const confirmKey = { clear: "confirmClear", reject: "confirmReject" } as const;
  const run = (decision: Decision) => {
    if (window.confirm(t(confirmKey[decision], { count: props.count }))) props.onDecide(decision);
  };
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-zinc-200 bg-zinc-50 p-3 sm:flex-row sm:items-center sm:justify-between">
      <p className="text-sm text-zinc-700" aria-live="polite">
        {t("selected", { count: props.count })}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          className="min-h-8 px-3 py-1"
          disabled={props.disabled || props.count === 0}
          onClick={() => run("clear")}
        >
          {t("clearSelected")}
        </Button>
        <Button
          variant="danger"
          className="min-h-8 px-3 py-1"
          disabled={props.disabled || props.count === 0}
          onClick={() => run("reject")}
        >
          {t("rejectSelected")}
        </Button>
      </div>
      {props.result && (
        <p role="status" className="text-sm text-green-800">
          {t("bulkDecided", { count: props.result.decided.length })}
          {props.result.skipped.length > 0 &&
            ` ${t("bulkSkipped", { count: props.result.skipped.length })}`}
        </p>
      )}
    </div>
  );
}
