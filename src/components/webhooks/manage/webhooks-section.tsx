import { getTranslations } from "next-intl/server";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { Card, EmptyState } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";
import { Cell, Table } from "~/components/ui/table";
import { CreateEndpointForm } from "./create-endpoint-form";
import { DeliveryLog } from "./delivery-log";
import { EditEndpointForm } from "./edit-endpoint-form";
import { EndpointActions } from "./endpoint-actions";
import { logQuerySchema } from "./log-query";

const lastTones = { pending: "amber", succeeded: "green", failed: "red" } as const;

/**
 * Outbound webhooks on the integrations page: add an endpoint, manage the endpoints (at most
 * ten, so the list needs no pages) and read the delivery log.
 */
export async function WebhooksSection(props: {
  slug: string;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const { caller, program } = await managedProgram(props.slug);
  const t = await getTranslations("webhooks");
  const query = logQuerySchema.parse(props.searchParams);
  const programId = program.id;
  const [{ eventTypes, endpoints }, page] = await Promise.all([
    caller.manage.webhooks.endpoints({ programId }),
    caller.manage.webhooks.deliveries({
      programId,
      endpointId: query.hookEndpoint,
      status: query.hookStatus,
      cursor: query.hookCursor,
    }),
  ]);
  return (
    <div className="space-y-6">
      <Card>
        <h2 className="font-semibold">{t("title")}</h2>
        <p className="mt-1 text-sm text-zinc-600">{t("body")}</p>
        <p className="mb-4 mt-2 text-sm text-zinc-600">{t("retries")}</p>
        <CreateEndpointForm programId={programId} eventTypes={eventTypes} />
      </Card>
      {endpoints.length === 0 ? (
        <EmptyState title={t("list.emptyTitle")} body={t("list.emptyBody")} />
      ) : (
        <Table
          caption={t("list.caption")}
          headers={[
            { label: t("list.endpoint") },
            { label: t("list.events") },
            { label: t("list.status") },
            { label: t("list.actions") },
          ]}
        >
          {endpoints.map((endpoint) => (
            <tr key={endpoint.id} data-testid="webhook-endpoint" className="align-top">
              <Cell className="min-w-48">
                <code className="break-all text-xs">{endpoint.url}</code>
                {endpoint.description && (
                  <div className="mt-1 text-xs text-zinc-600">{endpoint.description}</div>
                )}
                <EditEndpointForm
                  programId={programId}
                  endpoint={{
                    id: endpoint.id,
                    url: endpoint.url,
                    description: endpoint.description,
                    events: endpoint.events,
                  }}
                  eventTypes={eventTypes}
                />
              </Cell>
              <Cell>
                <ul className="space-y-1">
                  {endpoint.events.map((type) => (
                    <li key={type}>
                      <code className="rounded bg-zinc-100 px-1 text-xs">{type}</code>
                    </li>
                  ))}
                </ul>
              </Cell>
              <Cell>
                <Badge tone={endpoint.disabledAt ? "zinc" : "green"}>
                  {t(endpoint.disabledAt ? "list.disabled" : "list.active")}
                </Badge>
                <div className="mt-1 text-xs text-zinc-600">
                  {endpoint.lastStatus ? (
                    <Badge tone={lastTones[endpoint.lastStatus]}>
                      {t("list.last", { status: t(`log.statuses.${endpoint.lastStatus}`) })}
                    </Badge>
                  ) : (
                    t("list.noDeliveries")
                  )}
                </div>
              </Cell>
              <Cell>
                <EndpointActions
                  programId={programId}
                  endpoint={{
                    id: endpoint.id,
                    url: endpoint.url,
                    disabled: endpoint.disabledAt !== null,
                  }}
                />
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <DeliveryLog
        programId={programId}
        slug={props.slug}
        query={query}
        endpoints={endpoints}
        page={page}
      />
    </div>
  );
}
