"use client";

import { useLocale, useTranslations } from "next-intl";
import { useBrowserZone } from "./use-browser-zone";

/** The start in the viewer's own zone, when it shows a different wall time than the webinar's. */
export function ViewerTime({ startsAt, timeZone }: { startsAt: string; timeZone: string }) {
  const t = useTranslations("webinars.time");
  const locale = useLocale();
  const zone = useBrowserZone();
  if (!zone) return null;
  const format = (tz: string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: tz,
    }).format(new Date(startsAt));
  const yours = format(zone);
  if (yours === format(timeZone)) return null;
  return <span className="block text-zinc-600">{t("yours", { time: yours })}</span>;
}
