import { getLocale, getTranslations } from "next-intl/server";
import type { commissionRules } from "~/server/db/schema/index";
import { formatMoney } from "~/lib/money";
import { bpsToPercent } from "~/lib/validation/commission-rules";

type Rule = typeof commissionRules.$inferSelect;

/** What a rule pays and when, in one line each, for the manager's list. */
export async function RuleSummary({ rule, currency }: { rule: Rule; currency: string }) {
  const t = await getTranslations("commissionRules.describe");
  const locale = await getLocale();
  const money = (minor: bigint | number) => formatMoney(BigInt(minor), currency, locale);
  const pays =
    rule.basis === "percent"
      ? t("percent", { rate: bpsToPercent(rule.rateBps ?? 0) })
      : t(`flat.${rule.event}`, { amount: money(rule.amount ?? 0n) });
  const { actionKey, category, minAmount, purchase, countries } = rule.conditions;
  const conditions = [
    actionKey && t("actionKey", { key: actionKey }),
    category && t("category", { category }),
    minAmount !== undefined && t("minAmount", { amount: money(minAmount) }),
    purchase && t(purchase),
    countries?.length && t("countries", { countries: countries.join(", ") }),
  ].filter((item): item is string => typeof item === "string");
  const extras = [
    rule.cap !== null && t("cap", { amount: money(rule.cap) }),
    ...Object.entries(rule.tierBonusBps).map(([tier, bps]) =>
      t("tier", { tier, rate: bpsToPercent(bps) }),
    ),
  ].filter((item): item is string => typeof item === "string");
  return (
    <dl className="grid gap-1 text-sm sm:grid-cols-[8rem_1fr]">
      <dt className="text-zinc-600">{t("pays")}</dt>
      <dd className="font-medium">{[pays, ...extras].join(" · ")}</dd>
      <dt className="text-zinc-600">{t("when")}</dt>
      <dd>{conditions.length ? conditions.join(" · ") : t("always")}</dd>
    </dl>
  );
}
