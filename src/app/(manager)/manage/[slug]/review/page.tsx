import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { clickToSaleDuration } from "~/components/review/manage/click-to-sale";
import { fraudReasonKey } from "~/components/review/manage/fraud-reasons";
import { ReviewQueue } from "~/components/review/manage/review-queue";
import type { ReviewRow } from "~/components/review/manage/review-row";
import { EmptyState } from "~/components/ui/card";
import { formatMoney } from "~/lib/money";

const querySchema = z.object({ cursor: z.uuid().optional().catch(undefined) });

export default async function ReviewPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const query = querySchema.parse(await props.searchParams);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("review");
  const tType = await getTranslations("conversions.types");
  const locale = await getLocale();
  const format = await getFormatter();
  const queue = await caller.manage.review.queue({ programId: program.id, cursor: query.cursor });

  const rows: ReviewRow[] = queue.items.map((item) => {
    const duration =
      item.clickToSaleSeconds === null ? null : clickToSaleDuration(item.clickToSaleSeconds);
    return {
      id: item.id,
      order: item.externalId,
      type: tType(item.type),
      partner: item.partnerEmail ?? t("unattributed"),
      occurredAt: format.dateTime(item.occurredAt, { dateStyle: "medium", timeStyle: "short" }),
      amount:
        item.amount === null ? t("noAmount") : formatMoney(item.amount, item.currency, locale),
      commission: formatMoney(item.commission, item.currency, locale),
      reasons: item.fraudFlags.map((flag) => {
        const key = fraudReasonKey(flag);
        return key ? t(`flags.${key}`) : t("flags.other", { flag });
      }),
      clickToSale: duration
        ? t(`duration.${duration.unit}`, { count: duration.count })
        : t("noClick"),
    };
  });

  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <p className="text-sm text-zinc-600">{t("description")}</p>
      </div>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <ReviewQueue programId={program.id} rows={rows} />
      )}
      <nav className="flex gap-3 text-sm" aria-label={t("pagination")}>
        {query.cursor && (
          <Link href={`/manage/${slug}/review`} className="text-brand-700 underline">
            {t("first")}
          </Link>
        )}
        {queue.nextCursor && (
          <Link
            href={`/manage/${slug}/review?cursor=${queue.nextCursor}`}
            className="text-brand-700 underline"
          >
            {t("next")}
          </Link>
        )}
      </nav>
    </div>
  );
}
