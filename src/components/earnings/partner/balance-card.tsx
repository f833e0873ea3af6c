import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "~/components/ui/card";
import { formatMoney } from "~/lib/money";
import type { RouterOutputs } from "./types";
import { CancelPayoutButton, RequestPayoutButton } from "./payout-buttons";

type Item = RouterOutputs["partner"]["earnings"]["balances"][number];

/** One program's money: the four buckets, and what the partner can do about a payout. */
export async function BalanceCard({ item }: { item: Item }) {
  const t = await getTranslations("earnings");
  const locale = await getLocale();
  const format = await getFormatter();
  const { program, balance, openPayout, eligibility } = item;
  const money = (amount: bigint) => formatMoney(amount, program.currency, locale);
  const buckets = [
    {
      key: "pending",
      value: balance.pending,
      hint: t("pendingHint", { count: program.holdPeriodDays }),
    },
    { key: "available", value: balance.available, hint: t("availableHint") },
    { key: "inPayout", value: balance.inPayout, hint: t("inPayoutHint") },
    { key: "paid", value: balance.paid, hint: t("paidHint") },
  ] as const;

  return (
    <Card>
      <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between">
        <h3 className="text-lg font-semibold">{program.name}</h3>
        <p className="text-sm text-zinc-600">
          {t("threshold", { amount: money(program.payoutThreshold) })}
        </p>
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-4 lg:grid-cols-4" data-testid="balance">
        {buckets.map((bucket) => (
          <div key={bucket.key} className="rounded-md bg-zinc-50 p-3">
            <dt className="text-sm text-zinc-600">{t(`bucket.${bucket.key}`)}</dt>
            <dd
              className="mt-1 text-xl font-bold tabular-nums text-zinc-900"
              data-testid={`balance-${bucket.key}`}
            >
              {money(bucket.value)}
            </dd>
            <dd className="mt-0.5 text-xs text-zinc-500">{bucket.hint}</dd>
            {bucket.key === "pending" && balance.held !== 0n && (
              <dd className="mt-0.5 text-xs text-amber-800" data-testid="balance-held">
                {t("heldForReview", { amount: money(balance.held) })}
              </dd>
            )}
          </div>
        ))}
      </dl>
      <div className="mt-4 flex flex-col gap-3 border-t border-zinc-100 pt-4 sm:flex-row sm:items-center sm:justify-between">
        {openPayout ? (
          <>
            <p className="text-sm text-zinc-700" role="status">
              {t("openPayout", {
                amount: money(openPayout.amount),
                date: format.dateTime(openPayout.requestedAt, { dateStyle: "medium" }),
              })}{" "}
              {!openPayout.cancellable && t("openPayoutInBatch")}
            </p>
            {openPayout.cancellable && <CancelPayoutButton payoutId={openPayout.id} />}
          </>
        ) : (
          <>
            <p className="text-sm text-zinc-700">
              {eligibility === "eligible"
                ? t("eligibility.eligible", { amount: money(balance.available) })
                : eligibility === "belowThreshold"
                  ? t("eligibility.belowThreshold", {
                      missing: money(program.payoutThreshold - balance.available),
                      threshold: money(program.payoutThreshold),
                    })
                  : t(`eligibility.${eligibility}`)}
            </p>
            {eligibility === "eligible" && (
              <RequestPayoutButton
                programId={program.programId}
                label={t("request", { amount: money(balance.available) })}
              />
            )}
          </>
        )}
      </div>
    </Card>
  );
}
