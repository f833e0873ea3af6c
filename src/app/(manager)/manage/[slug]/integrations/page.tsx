import { getFormatter, getTranslations } from "next-intl/server";
import { CreateApiKeyForm } from "~/components/api-keys/manage/create-api-key-form";
import { curlExamples } from "~/components/api-keys/manage/curl-example";
import { RevokeApiKeyButton } from "~/components/api-keys/manage/revoke-api-key-button";
import { SigningSettings } from "~/components/api-keys/manage/signing-settings";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { WebhooksSection } from "~/components/webhooks/manage/webhooks-section";
import { CopyButton } from "~/components/links/partner/copy-button";
import { Card, EmptyState } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";
import { Table } from "~/components/ui/table";
import { trackingBaseUrl } from "~/env";

export default async function IntegrationsPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await props.params;
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("apiKeys");
  const format = await getFormatter();
  const { endpoint, requireSignature, keys } = await caller.manage.apiKeys.list({
    programId: program.id,
  });
  const examples = curlExamples(endpoint, program.currency);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const columns = ["name", "prefix", "created", "lastUsed", "status"] as const;
  return (
    <div className="space-y-6">
      <Card>
        <h2 className="font-semibold">{t("endpoint.title")}</h2>
        <p className="mt-1 text-sm text-zinc-600">{t("endpoint.body")}</p>
        <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium">{t("endpoint.url")}</span>
          <code className="break-all rounded bg-zinc-100 px-2 py-1">POST {endpoint}</code>
          <CopyButton text={endpoint} label={t("endpoint.copy")} />
        </p>
        <h3 className="mt-4 text-sm font-medium">{t("endpoint.example")}</h3>
        <pre
          tabIndex={0}
          className="mt-1 overflow-x-auto rounded bg-zinc-900 p-3 text-xs text-zinc-100"
        >
          {examples.plain}
        </pre>
        <h3 className="mt-4 text-sm font-medium">{t("endpoint.signedExample")}</h3>
        <pre
          tabIndex={0}
          className="mt-1 overflow-x-auto rounded bg-zinc-900 p-3 text-xs text-zinc-100"
        >
          {examples.signed}
        </pre>
        <p className="mt-3 text-sm">
          <a href={`${trackingBaseUrl()}/api/openapi.json`} className="text-brand-700 underline">
            {t("endpoint.docs")}
          </a>
        </p>
      </Card>
      <Card>
        <h2 className="font-semibold">{t("create.title")}</h2>
        <p className="mb-4 mt-1 text-sm text-zinc-600">{t("create.body")}</p>
        <CreateApiKeyForm programId={program.id} />
      </Card>
      {keys.length === 0 ? (
        <EmptyState title={t("list.emptyTitle")} body={t("list.emptyBody")} />
      ) : (
        <Table
          landmark={false}
          caption={t("list.caption")}
          headers={columns.map((column) => ({ key: column, label: t(`list.${column}`) }))}
        >
          {keys.map((key) => (
            <tr key={key.id} data-testid="api-key-row">
              <td className="px-4 py-3 font-medium">{key.name}</td>
              <td className="px-4 py-3 font-mono text-xs">{key.prefix}…</td>
              <td className="whitespace-nowrap px-4 py-3 text-zinc-600">{date(key.createdAt)}</td>
              <td className="whitespace-nowrap px-4 py-3 text-zinc-600">
                {key.lastUsedAt ? date(key.lastUsedAt) : t("list.never")}
              </td>
              <td className="px-4 py-3">
                {key.revokedAt ? (
                  <Badge tone="zinc">{t("list.revoked", { date: date(key.revokedAt) })}</Badge>
                ) : (
                  <span className="flex flex-wrap items-center gap-2">
                    <Badge tone="green">{t("list.active")}</Badge>
                    <RevokeApiKeyButton programId={program.id} apiKeyId={key.id} name={key.name} />
                  </span>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      <Card>
        <h2 className="font-semibold">{t("signing.title")}</h2>
        <p className="mb-4 mt-1 text-sm text-zinc-600">{t("signing.body")}</p>
        <SigningSettings programId={program.id} requireSignature={requireSignature} />
      </Card>
      <WebhooksSection slug={slug} searchParams={await props.searchParams} />
    </div>
  );
}
