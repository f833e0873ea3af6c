import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { Delta } from "~/components/stats/delta";
import { Badge } from "~/components/ui/status-badge";
import { formatMoney } from "~/lib/money";
import type { cockpitHome } from "~/server/services/cockpit/cockpit-home";

type Summary = Awaited<ReturnType<typeof cockpitHome>>["programs"][number];

/** One program on the console home: this month's figures and what waits in its cockpit. */
export function ProgramSummaryCard({ program }: { program: Summary }) {
  const t = useTranslations("cockpit.home");
  const tPrograms = useTranslations("manager.programs");
  const locale = useLocale();
  const format = useFormatter();
  const base = `/manage/${program.slug}`;
  const { current, previous } = program;
  // Each figure with its change against the same days of the previous month.
  const compared = (
    key: "revenue" | "commission" | "activePartners",
    show: (value: bigint | number) => string,
  ) => ({
    key,
    value: show(current[key]),
    delta: (
      <Delta
        variant="detailed"
        current={current[key]}
        previous={previous[key]}
        previousLabel={show(previous[key])}
      />
    ),
  });
  const money = (amount: bigint | number) => formatMoney(BigInt(amount), program.currency, locale);
  const count = (value: bigint | number) => format.number(value);
  const figures = [
    compared("revenue", money),
    compared("commission", money),
    compared("activePartners", count),
  ];
  return (
    <li
      className="rounded-lg border border-zinc-200 bg-white p-5 shadow-sm"
      data-testid="program-card"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">
          <Link href={base} className="hover:underline">
            {program.name}
          </Link>
        </h2>
        <span className="text-xs text-zinc-600">{t("monthToDate")}</span>
      </div>
      <p className="mt-1 text-sm text-zinc-600">
        {tPrograms("counts", { approved: program.approved, pending: program.pending })}
      </p>
      <dl className="mt-3 grid grid-cols-3 gap-2">
        {figures.map((figure) => (
          <div key={figure.key} className="min-w-0" data-testid={`home-${figure.key}`}>
            <dt className="text-xs text-zinc-600">{t(figure.key)}</dt>
            <dd
              className="break-words font-semibold tabular-nums"
              data-testid={`home-${figure.key}-value`}
            >
              {figure.value}
            </dd>
            <dd>{figure.delta}</dd>
          </div>
        ))}
      </dl>
      <Link
        href={base}
        className="mt-3 inline-block"
        data-testid="home-attention"
        data-count={program.attention}
      >
        <Badge tone={program.attention > 0 ? "amber" : "green"}>
          {t("attention", { count: program.attention })}
        </Badge>
      </Link>
    </li>
  );
}
