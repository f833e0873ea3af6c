import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { Badge } from "~/components/ui/status-badge";
import { Cell, Table } from "~/components/ui/table";
import type { DeliveryPage } from "~/server/services/webhooks/list-deliveries";
import { DeliveryFilters } from "./delivery-filters";
import { logHref, type LogQuery } from "./log-query";
import { ResendButton } from "./resend-button";

const tones = { pending: "amber", succeeded: "green", failed: "red" } as const;

/** The delivery log: filters as a plain GET form, newest first, one server page at a time. */
export async function DeliveryLog(props: {
  programId: string;
  slug: string;
  query: LogQuery;
  endpoints: { id: string; url: string }[];
  page: DeliveryPage;
}) {
  const t = await getTranslations("webhooks.log");
  const format = await getFormatter();
  const date = (value: Date) =>
    format.dateTime(value, { dateStyle: "medium", timeStyle: "medium" });
  const { query, page } = props;
  const filtered = Boolean(query.hookEndpoint || query.hookStatus);
  return (
    <section className="space-y-3" aria-labelledby="webhook-log">
      <h2 id="webhook-log" className="font-semibold">
        {t("title")}
      </h2>
      <DeliveryFilters query={query} endpoints={props.endpoints} />
      {page.items.length === 0 ? (
        <EmptyState
          title={t(filtered ? "emptyFilteredTitle" : "emptyTitle")}
          body={t(filtered ? "emptyFilteredBody" : "emptyBody")}
        />
      ) : (
        <Table
          caption={t("caption")}
          headers={[
            { label: t("event") },
            { label: t("status") },
            { label: t("attempts"), align: "right" },
            { label: t("response") },
            { label: t("nextAttempt") },
            { label: t("actions") },
          ]}
        >
          {page.items.map((item) => (
            <tr key={item.id} data-testid="webhook-delivery" className="align-top">
              <Cell>
                <code className="rounded bg-zinc-100 px-1 text-xs">{item.event}</code>
                <div className="mt-1 break-all text-xs text-zinc-600">{item.endpointUrl}</div>
                <div className="text-xs text-zinc-600">{date(item.createdAt)}</div>
                <details className="mt-1 text-xs">
                  <summary className="cursor-pointer text-brand-700 underline">
                    {t("payload")}
                    <span className="sr-only"> {item.eventId}</span>
                  </summary>
                  {/* Focusable, so the payload scrolls by keyboard too. */}
                  <pre
                    aria-label={t("payloadOf", { event: item.eventId })}
                    tabIndex={0}
                    className="mt-1 max-h-64 max-w-md overflow-auto rounded bg-zinc-900 p-2 text-zinc-100"
                  >
                    {JSON.stringify(item.payload, null, 2)}
                  </pre>
                </details>
              </Cell>
              <Cell>
                <Badge tone={tones[item.status]}>{t(`statuses.${item.status}`)}</Badge>
                {item.deliveredAt && (
                  <div className="mt-1 text-xs text-zinc-600">
                    {t("deliveredAt", { date: date(item.deliveredAt) })}
                  </div>
                )}
              </Cell>
              <Cell numeric>{item.attempts}</Cell>
              <Cell className="max-w-xs text-xs">
                {item.responseStatus === null && item.lastError === null ? (
                  <span className="text-zinc-600">{t("noResponse")}</span>
                ) : (
                  <>
                    {item.responseStatus !== null && (
                      <div className="font-mono">HTTP {item.responseStatus}</div>
                    )}
                    {item.lastError && (
                      <div className="break-words text-red-800">{item.lastError}</div>
                    )}
                  </>
                )}
              </Cell>
              <Cell className="whitespace-nowrap text-xs text-zinc-600">
                {item.status === "pending" && item.nextAttemptAt
                  ? date(item.nextAttemptAt)
                  : t("none")}
              </Cell>
              <Cell>
                <ResendButton
                  programId={props.programId}
                  deliveryId={item.id}
                  label={t("resendFor", { event: item.event, url: item.endpointUrl })}
                />
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      {(query.hookCursor || page.nextCursor) && (
        <PageNav
          label={t("pagination")}
          summary={t("shown", { count: page.items.length })}
          previous={
            query.hookCursor
              ? {
                  href: logHref(props.slug, { ...query, hookCursor: undefined }),
                  label: t("newest"),
                }
              : null
          }
          next={
            page.nextCursor
              ? {
                  href: logHref(props.slug, { ...query, hookCursor: page.nextCursor }),
                  label: t("older"),
                }
              : null
          }
        />
      )}
    </section>
  );
}
