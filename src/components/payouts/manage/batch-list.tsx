import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "~/lib/money";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";

type Batches = inferRouterOutputs<AppRouter>["manage"]["payouts"]["batches"];

/**
 * Past batches with their spreadsheet. The download is a form POST to an authorized route:
 * it hands out bank details and is audited, which a GET (prefetched, scanned) must not do.
 */
export async function BatchList(props: { programId: string; batches: Batches }) {
  const t = await getTranslations("managePayouts.batches");
  const locale = await getLocale();
  const format = await getFormatter();
  return (
    <section aria-labelledby="batches-title" className="space-y-3">
      <h2 id="batches-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {props.batches.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white">
          {props.batches.map((batch) => {
            const date = format.dateTime(batch.createdAt, {
              dateStyle: "medium",
              timeStyle: "short",
            });
            return (
              <li
                key={batch.id}
                className="flex flex-col gap-2 px-4 py-3 text-sm sm:flex-row sm:items-center sm:justify-between"
                data-testid="batch-row"
              >
                <div>
                  <div className="font-medium">{t("created", { date })}</div>
                  <div className="text-xs text-zinc-600">
                    {t("summary", {
                      count: batch.payouts,
                      paid: batch.paid,
                      total: formatMoney(batch.total, batch.currency, locale),
                    })}
                    {batch.createdBy ? ` · ${batch.createdBy}` : ""}
                  </div>
                </div>
                <form
                  method="post"
                  action={`/api/manage/payouts/${batch.id}/csv?programId=${props.programId}`}
                >
                  <button
                    type="submit"
                    className="text-brand-700 underline"
                    aria-label={t("downloadFor", { date })}
                  >
                    {t("download")}
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
