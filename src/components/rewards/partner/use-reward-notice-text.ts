"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { RewardNoticeView } from "./reward-notice";

/** The sentence of a rewards notice in the notices menu. */
export function useRewardNoticeText() {
  const t = useTranslations("rewards.notices");
  const format = useFormatter();
  return (view: RewardNoticeView): string => {
    switch (view.type) {
      case "badge":
        return t("badge", { name: view.name });
      case "tier":
        return t(view.up ? "tierUp" : "tierDown", { name: view.name });
      case "tierRemoved":
        return t("tierRemoved");
      case "grace":
        return view.until
          ? t("grace", {
              name: view.name,
              date: format.dateTime(view.until, { dateStyle: "medium" }),
            })
          : t("graceNoDate", { name: view.name });
    }
  };
}
