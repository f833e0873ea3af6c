import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "~/components/ui/card";
import { formatMoney } from "~/lib/money";
import type { Balance } from "~/server/services/ledger/balances";

/** What the program owes the partner, from the ledger, in the program's currency. */
export async function PartnerBalance(props: { balance: Balance; currency: string }) {
  const t = await getTranslations("manager.partners.detail");
  const locale = await getLocale();
  const buckets = ["pending", "available", "inPayout", "paid"] as const;
  return (
    <Card>
      <h3 className="font-semibold">{t("balance")}</h3>
      <dl className="mt-3 grid grid-cols-2 gap-3 text-sm">
        {buckets.map((bucket) => (
          <div key={bucket}>
            <dt className="text-zinc-600">{t(`balances.${bucket}`)}</dt>
            <dd className="text-base font-semibold tabular-nums" data-testid={`balance-${bucket}`}>
              {formatMoney(props.balance[bucket], props.currency, locale)}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
