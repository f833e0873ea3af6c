import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "~/components/ui/status-badge";
import { formatMoney } from "~/lib/money";
import type { RouterOutputs } from "./types";

type Payouts = RouterOutputs["partner"]["payouts"]["list"];
const tone = { requested: "amber", paid: "green", cancelled: "zinc" } as const;

export async function PayoutHistory({ payouts }: { payouts: Payouts }) {
  const t = await getTranslations("payouts");
  const locale = await getLocale();
  const format = await getFormatter();
  return (
    <div>
      <h2 className="font-semibold">{t("history.title")}</h2>
      {payouts.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-600">{t("history.empty")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-zinc-100" data-testid="payout-history">
          {payouts.map((payout) => (
            <li key={payout.id} className="flex items-start justify-between gap-3 py-3 text-sm">
              <div>
                <div className="font-medium tabular-nums">
                  {formatMoney(payout.amount, payout.currency, locale)}
                </div>
                <div className="text-xs text-zinc-600">
                  {payout.programName} · {t(`details.method.${payout.method}`)} {payout.account}
                </div>
                <div className="text-xs text-zinc-500">
                  {payout.status === "paid" && payout.paidAt
                    ? t("history.paidOn", {
                        date: format.dateTime(payout.paidAt, { dateStyle: "medium" }),
                        reference: payout.reference ?? "",
                      })
                    : t("history.requestedOn", {
                        date: format.dateTime(payout.requestedAt, { dateStyle: "medium" }),
                      })}
                </div>
              </div>
              <Badge tone={tone[payout.status]}>{t(`status.${payout.status}`)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
