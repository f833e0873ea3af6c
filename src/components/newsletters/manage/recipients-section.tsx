import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "~/components/ui/button";
import { Select } from "~/components/ui/field";
import { PageNav } from "~/components/ui/page-nav";
import { Cell, Table } from "~/components/ui/table";
import type { listRecipients } from "~/server/services/newsletters/newsletter-stats";
import type { RecipientFilter } from "~/server/services/newsletters/newsletter-input";

const FILTERS: RecipientFilter[] = [
  "all",
  "pending",
  "sent",
  "failed",
  "suppressed",
  "delivered",
  "bounced",
  "complained",
];

/** One page of recipients with a plain GET filter (works without JavaScript). */
export async function RecipientsSection(props: {
  recipients: Awaited<ReturnType<typeof listRecipients>>;
  filter: RecipientFilter;
  hrefFor: (page: number) => string;
}) {
  const t = await getTranslations("newsletters");
  const format = await getFormatter();
  const { recipients } = props;
  return (
    <section aria-labelledby="newsletter-recipients" className="space-y-3">
      <h2 id="newsletter-recipients" className="font-semibold">
        {t("recipients.title")}
      </h2>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="recipient-filter" className="block text-sm font-medium text-zinc-800">
            {t("recipients.filter")}
          </label>
          <Select id="recipient-filter" name="filter" defaultValue={props.filter}>
            {FILTERS.map((item) => (
              <option key={item} value={item}>
                {t(`recipients.filters.${item}`)}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          {t("recipients.apply")}
        </Button>
      </form>
      {recipients.items.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("recipients.empty")}</p>
      ) : (
        <Table
          caption={t("recipients.title")}
          headers={[
            { label: t("recipients.colEmail") },
            { label: t("recipients.colKind") },
            { label: t("recipients.colStatus") },
            { label: t("recipients.colSentAt") },
          ]}
        >
          {recipients.items.map((row) => (
            <tr key={row.email} data-testid="recipient-row">
              <Cell className="break-all">{row.email}</Cell>
              <Cell>{t(`recipients.${row.kind}`)}</Cell>
              <Cell>
                {t(`recipients.filters.${row.status}`)}
                {row.complainedAt
                  ? ` · ${t("recipients.filters.complained")}`
                  : row.bouncedAt
                    ? ` · ${t("recipients.filters.bounced")}`
                    : row.deliveredAt
                      ? ` · ${t("recipients.filters.delivered")}`
                      : ""}
              </Cell>
              <Cell className="whitespace-nowrap">
                {row.sentAt
                  ? format.dateTime(row.sentAt, { dateStyle: "medium", timeStyle: "short" })
                  : "—"}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      {recipients.pageCount > 1 && (
        <PageNav
          label={t("recipients.pages")}
          summary={t("pageOf", { page: recipients.page, count: recipients.pageCount })}
          previous={
            recipients.page > 1
              ? { href: props.hrefFor(recipients.page - 1), label: t("previous") }
              : null
          }
          next={
            recipients.page < recipients.pageCount
              ? { href: props.hrefFor(recipients.page + 1), label: t("next") }
              : null
          }
        />
      )}
    </section>
  );
}
