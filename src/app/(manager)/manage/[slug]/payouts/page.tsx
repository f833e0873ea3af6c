import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { PageNav } from "~/components/ui/page-nav";
import { z } from "zod";
import { ExportCsvButton } from "~/components/exports/manage/export-csv-button";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { Card, EmptyState } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";
import { Table } from "~/components/ui/table";
import { cn } from "~/lib/cn";
import { formatMoney } from "~/lib/money";
import { BatchList } from "~/components/payouts/manage/batch-list";
import { CancelPayoutButton } from "~/components/payouts/manage/cancel-payout-button";
import { CreateBatchButton } from "~/components/payouts/manage/create-batch-button";
import { DetailsChangedBadge } from "~/components/payouts/manage/details-changed-badge";
import { MarkPaidForm } from "~/components/payouts/manage/mark-paid-form";

const statuses = ["requested", "paid", "cancelled"] as const;
const querySchema = z.object({
  status: z.enum(statuses).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
const tone = { requested: "amber", paid: "green", cancelled: "zinc" } as const;

export default async function PayoutsPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const params = await props.searchParams;
  const query = querySchema.parse({ status: params.status ?? "requested", page: params.page });
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("managePayouts");
  const tStatus = await getTranslations("payouts.status");
  const tMethod = await getTranslations("payouts.details.method");
  const locale = await getLocale();
  const format = await getFormatter();
  const [result, batches] = await Promise.all([
    caller.manage.payouts.list({ programId: program.id, status: query.status, page: query.page }),
    caller.manage.payouts.batches({ programId: program.id }),
  ]);
  const money = (amount: bigint, currency: string) => formatMoney(amount, currency, locale);
  const href = (changes: { status?: string; page?: number }) => {
    const search = new URLSearchParams();
    const merged = { status: query.status ?? "all", page: undefined, ...changes };
    for (const [key, value] of Object.entries(merged)) if (value) search.set(key, String(value));
    return `/manage/${slug}/payouts${search.size ? `?${search}` : ""}`;
  };

  return (
    <div className="space-y-6">
      <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-zinc-700" data-testid="unbatched">
          {result.unbatched.count === 0
            ? t("noneWaiting")
            : t("waiting", {
                count: result.unbatched.count,
                amount: money(result.unbatched.total, result.unbatched.currency),
              })}
        </p>
        <CreateBatchButton programId={program.id} disabled={result.unbatched.count === 0} />
      </Card>

      <section aria-labelledby="payouts-title" className="space-y-3">
        <h2 id="payouts-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <ExportCsvButton
          slug={slug}
          table="payouts"
          what={t("title")}
          query={{ status: query.status ?? "all" }}
        />
        <ul className="flex flex-wrap gap-2" aria-label={t("filter")}>
          {[...statuses, undefined].map((status) => (
            <li key={status ?? "all"}>
              <Link
                href={href({ status: status ?? "all" })}
                aria-current={query.status === status ? "true" : undefined}
                className={cn(
                  "rounded-full border px-3 py-1 text-sm",
                  query.status === status
                    ? "border-brand-600 bg-brand-50 text-brand-700"
                    : "border-zinc-300 bg-white",
                )}
              >
                {status ? tStatus(status) : t("all")}
              </Link>
            </li>
          ))}
        </ul>
        {result.items.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          <Table
            landmark={false}
            caption={t("caption", { total: result.total })}
            headers={[
              { label: t("partner") },
              { label: t("amount"), align: "right" },
              { label: t("account") },
              { label: t("status") },
              { label: t("actions") },
            ]}
          >
            {result.items.map((payout) => (
              <tr key={payout.id} data-testid="payout-row">
                <td className="px-4 py-3">
                  <div className="font-medium">{payout.partnerName ?? payout.partnerEmail}</div>
                  {payout.partnerName && (
                    <div className="text-xs text-zinc-500">{payout.partnerEmail}</div>
                  )}
                  <div className="text-xs text-zinc-500">
                    {t("requestedOn", {
                      date: format.dateTime(payout.requestedAt, { dateStyle: "medium" }),
                    })}
                  </div>
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-right font-medium tabular-nums">
                  {money(payout.amount, payout.currency)}
                </td>
                <td className="px-4 py-3">
                  <div>{tMethod(payout.method)}</div>
                  <div className="text-xs text-zinc-600">{payout.account}</div>
                  {payout.accountHolder && (
                    <div className="text-xs text-zinc-500">{payout.accountHolder}</div>
                  )}
                  <DetailsChangedBadge change={payout.detailsChange} />
                </td>
                <td className="px-4 py-3">
                  <Badge tone={tone[payout.status]}>{tStatus(payout.status)}</Badge>
                  <div className="mt-1 text-xs text-zinc-500">
                    {payout.batchId ? t("inBatch") : payout.status === "requested" && t("noBatch")}
                  </div>
                </td>
                <td className="px-4 py-3">
                  {payout.status === "requested" ? (
                    <div className="flex flex-col items-start gap-2">
                      <MarkPaidForm
                        programId={program.id}
                        payoutId={payout.id}
                        partner={payout.partnerName ?? payout.partnerEmail}
                      />
                      <CancelPayoutButton
                        programId={program.id}
                        payoutId={payout.id}
                        partner={payout.partnerName ?? payout.partnerEmail}
                      />
                    </div>
                  ) : payout.status === "paid" && payout.paidAt ? (
                    <span className="text-xs text-zinc-600">
                      {t("paidOn", {
                        date: format.dateTime(payout.paidAt, { dateStyle: "medium" }),
                        reference: payout.reference ?? "",
                      })}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </Table>
        )}
        <PageNav
          label={t("pagination")}
          summary={t("pageOf", { page: query.page, pages: result.pages, total: result.total })}
          previous={
            query.page > 1 ? { href: href({ page: query.page - 1 }), label: t("previous") } : null
          }
          next={
            query.page < result.pages
              ? { href: href({ page: query.page + 1 }), label: t("next") }
              : null
          }
        />
      </section>

      <BatchList programId={program.id} batches={batches} />
    </div>
  );
}
