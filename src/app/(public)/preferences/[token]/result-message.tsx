"use client";

import { useTranslations } from "next-intl";
import type { PreferencesState } from "./actions";

export function ResultMessage({ result }: { result: PreferencesState["result"] }) {
  const t = useTranslations("subscribers.preferences");
  if (!result) return null;
  if (result === "invalid")
    return (
      <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
        {t("invalid")}
      </p>
    );
  return (
    <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900">
      {result === "saved" ? t("saved") : t("unsubscribedNow")}
    </p>
  );
}
