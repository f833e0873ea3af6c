import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "~/components/ui/card";
import type { PointEvent } from "~/server/services/gamification/award";

/** The program's point rules, as a partner reads them. */
export async function HowToEarn({ rules }: { rules: { event: PointEvent; points: number }[] }) {
  const t = await getTranslations("rewards.portal.howTo");
  const events = await getTranslations("rewards.events");
  const format = await getFormatter();
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      {rules.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-600">{t("empty")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-zinc-100 text-sm">
          {rules.map((rule) => (
            <li key={rule.event} className="flex justify-between gap-4 py-2">
              <span>{events(rule.event)}</span>
              <span className="whitespace-nowrap font-semibold tabular-nums">
                {t("points", { points: format.number(rule.points) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-xs text-zinc-600">{t("note")}</p>
    </Card>
  );
}
