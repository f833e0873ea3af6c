import { getFormatter, getTranslations } from "next-intl/server";

const ORDER = [
  "recipients",
  "sent",
  "delivered",
  "bounced",
  "complained",
  "unsubscribed",
  "failed",
  "suppressed",
  "pending",
] as const;

/** The newsletter's totals as a grid of figures (two columns on a phone). */
export async function DeliveryStats(props: { stats: Record<(typeof ORDER)[number], number> }) {
  const t = await getTranslations("newsletters.stats");
  const format = await getFormatter();
  return (
    <section aria-labelledby="newsletter-stats" className="space-y-3">
      <h2 id="newsletter-stats" className="font-semibold">
        {t("title")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {ORDER.map((key) => (
          <div key={key} className="rounded-lg border border-zinc-200 bg-white p-3">
            <dt className="text-xs text-zinc-600">{t(key)}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`stat-${key}`}>
              {format.number(props.stats[key])}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
