import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { buttonClass } from "~/components/ui/button";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api/server-caller";
import { BalanceCard } from "~/components/earnings/partner/balance-card";
import { LedgerTable } from "~/components/earnings/partner/ledger-table";
import { PayoutDetailsForm } from "~/components/earnings/partner/payout-details-form";
import { PayoutHistory } from "~/components/earnings/partner/payout-history";

const querySchema = z.object({
  program: z.uuid().optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});

export default async function EarningsPage(props: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const query = querySchema.parse(await props.searchParams);
  const t = await getTranslations("earnings");
  const caller = await api();
  const [balances, details, payouts, entries] = await Promise.all([
    caller.partner.earnings.balances(),
    caller.partner.payouts.details(),
    caller.partner.payouts.list({}),
    caller.partner.earnings.entries({ programId: query.program, cursor: query.cursor }),
  ]);

  if (balances.length === 0) {
    return (
      <div>
        <PageHeader title={t("title")} description={t("description")} />
        <EmptyState
          title={t("emptyTitle")}
          body={t("emptyBody")}
          action={
            <Link href="/portal/programs" className={buttonClass()}>
              {t("browsePrograms")}
            </Link>
          }
        />
      </div>
    );
  }

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <section aria-labelledby="balances-title" className="space-y-4">
        <h2 id="balances-title" className="sr-only">
          {t("balancesTitle")}
        </h2>
        {balances.map((item) => (
          <BalanceCard key={item.program.programId} item={item} />
        ))}
      </section>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <PayoutDetailsForm current={details} />
        </Card>
        <Card>
          <PayoutHistory payouts={payouts} />
        </Card>
      </div>
      <LedgerTable
        entries={entries}
        programs={balances.map((item) => ({ id: item.program.programId, name: item.program.name }))}
        programId={query.program}
        cursor={query.cursor}
      />
    </div>
  );
}
