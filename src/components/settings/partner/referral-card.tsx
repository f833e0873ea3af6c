import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { CopyButton } from "~/components/links/partner/copy-button";
import { formatMoney } from "~/lib/money";

/** One program's referral link with a copy button, its override rates and what it earned. */
export function ReferralCard(props: {
  programId: string;
  programName: string;
  url: string;
  currency: string;
  overrideBps: number[];
  directRecruits: number;
  overrideEarnings: bigint;
  selected: boolean;
}) {
  const t = useTranslations("settings.referrals");
  const format = useFormatter();
  const locale = useLocale();
  const inputId = `referral-${props.programId}`;
  const rates = props.overrideBps
    .map((bps, index) =>
      t("level", {
        level: index + 1,
        rate: format.number(bps / 10_000, { style: "percent", maximumFractionDigits: 2 }),
      }),
    )
    .join(", ");
  return (
    <li
      className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm"
      data-testid="referral-card"
    >
      <h3 className="font-semibold">{props.programName}</h3>
      <label htmlFor={inputId} className="mt-2 block text-sm text-zinc-700">
        {t("linkLabel", { program: props.programName })}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row sm:items-center">
        <input
          id={inputId}
          readOnly
          value={props.url}
          className="w-full rounded-md border border-zinc-300 bg-zinc-50 px-3 py-2 font-mono text-sm"
          data-testid="referral-url"
        />
        <CopyButton text={props.url} label={t("copyLabel", { program: props.programName })} />
      </div>
      <p className="mt-2 text-sm text-zinc-700">
        {rates ? t("rates", { rates }) : t("noOverrides")}
      </p>
      <p className="mt-1 text-sm text-zinc-700">
        {t("recruits", { count: props.directRecruits })} ·{" "}
        {t("earned", { amount: formatMoney(props.overrideEarnings, props.currency, locale) })}
      </p>
      {!props.selected && (
        <Link
          href={`/portal/settings?program=${props.programId}#network`}
          className="mt-2 inline-block text-sm text-brand-700 underline"
        >
          {t("showNetwork", { program: props.programName })}
        </Link>
      )}
    </li>
  );
}
