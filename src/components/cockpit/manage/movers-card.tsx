import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { Card } from "~/components/ui/card";
import { formatMoney } from "~/lib/money";
import type { ProgramCockpit } from "~/server/services/cockpit/program-cockpit";

type Mover = ProgramCockpit["movers"]["rising"][number];

/** Partners whose commission rose and fell most against the same days of last month. */
export function MoversCard(props: {
  slug: string;
  currency: string;
  movers: ProgramCockpit["movers"];
}) {
  const t = useTranslations("cockpit.movers");
  const locale = useLocale();
  const money = (amount: bigint) => formatMoney(amount, props.currency, locale);
  const list = (side: "rising" | "falling", movers: Mover[]) => (
    <section aria-labelledby={`movers-${side}`} data-testid={`movers-${side}`}>
      <h3 id={`movers-${side}`} className="text-sm font-medium text-zinc-700">
        {t(side)}
      </h3>
      {movers.length === 0 ? (
        <p className="mt-1 text-sm text-zinc-600">{t("none")}</p>
      ) : (
        <ol className="mt-1 space-y-1 text-sm">
          {movers.map((mover) => (
            <li key={mover.enrollmentId} className="flex items-baseline gap-2" data-testid="mover">
              <Link
                href={`/manage/${props.slug}/partners/${mover.enrollmentId}`}
                className="min-w-0 flex-1 truncate text-brand-700 underline"
              >
                {mover.name || mover.email}
              </Link>
              <span
                className={
                  mover.change > 0n
                    ? "font-medium tabular-nums text-green-700"
                    : "font-medium tabular-nums text-red-700"
                }
              >
                <span aria-hidden="true">{mover.change > 0n ? "▲ " : "▼ "}</span>
                {money(mover.change > 0n ? mover.change : -mover.change)}
                <span className="sr-only">
                  {t(mover.change > 0n ? "up" : "down", {
                    previous: money(mover.previous),
                    current: money(mover.current),
                  })}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
  return (
    <Card>
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-zinc-600">{t("description")}</p>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {list("rising", props.movers.rising)}
        {list("falling", props.movers.falling)}
      </div>
    </Card>
  );
}
