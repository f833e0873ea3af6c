import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { ExportCsvButton } from "~/components/exports/manage/export-csv-button";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { RemoveSubscriberButton } from "~/components/subscribers/manage/remove-subscriber-button";
import { Button } from "~/components/ui/button";
import { EmptyState, PageHeader } from "~/components/ui/card";
import { Field, Input, Select } from "~/components/ui/field";
import { PageNav } from "~/components/ui/page-nav";
import { Badge } from "~/components/ui/status-badge";
import { Cell, Table } from "~/components/ui/table";
import { subscriberStatus } from "~/server/db/schema";
import { isSubscriberTopic } from "~/lib/subscriber-topics";

const STATUSES = subscriberStatus.enumValues;
const TONES = { pending: "amber", confirmed: "green", unsubscribed: "zinc" } as const;

const querySchema = z.object({
  status: z.enum(STATUSES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export default async function SubscribersPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const query = querySchema.parse(await props.searchParams);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("subscribers");
  const format = await getFormatter();
  const search = query.q || undefined;
  const [list, counts] = await Promise.all([
    caller.manage.subscribers.list({
      programId: program.id,
      status: query.status,
      search,
      page: query.page,
    }),
    caller.manage.subscribers.counts({ programId: program.id }),
  ]);
  const base = `/manage/${program.slug}/subscribers`;
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (query.status) params.set("status", query.status);
    if (search) params.set("q", search);
    params.set("page", String(page));
    return `${base}?${params}`;
  };

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("manage.title")}
        description={t("manage.description")}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <Link
              href={`/p/${program.slug}/subscribe`}
              className="text-sm text-brand-700 underline"
            >
              {t("manage.publicForm")}
            </Link>
            <ExportCsvButton
              slug={program.slug}
              table="subscribers"
              what={t("manage.title")}
              query={{ status: query.status, search }}
            />
          </div>
        }
      />
      <ul aria-label={t("manage.counts")} className="flex flex-wrap gap-3">
        {STATUSES.map((status) => (
          <li
            key={status}
            className="rounded-lg border border-zinc-200 bg-white px-4 py-2 text-sm"
            data-testid={`subscribers-count-${status}`}
          >
            <span className="text-zinc-600">{t(`preferences.status.${status}`)}: </span>
            <strong>{format.number(counts[status])}</strong>
          </li>
        ))}
      </ul>
      <form
        method="get"
        action={base}
        aria-label={t("manage.filters")}
        className="grid grid-cols-1 gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end"
      >
        <Field id="subscribers-status" label={t("manage.status")}>
          <Select id="subscribers-status" name="status" defaultValue={query.status ?? ""}>
            <option value="">{t("manage.all")}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`preferences.status.${status}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="subscribers-search" label={t("manage.search")}>
          <Input id="subscribers-search" name="q" type="search" defaultValue={search} />
        </Field>
        <Button type="submit" variant="secondary">
          {t("manage.apply")}
        </Button>
      </form>
      {list.items.length === 0 ? (
        <EmptyState title={t("manage.emptyTitle")} body={t("manage.emptyBody")} />
      ) : (
        <Table
          caption={t("manage.caption")}
          headers={[
            { label: t("manage.email") },
            { label: t("manage.status") },
            { label: t("manage.language") },
            { label: t("manage.topics") },
            { label: t("manage.subscribed") },
            { label: t("manage.actions") },
          ]}
        >
          {list.items.map((row) => (
            <tr key={row.id} data-testid="subscriber-row">
              <Cell>
                <div className="break-all">{row.email}</div>
                {row.name && <div className="text-xs text-zinc-500">{row.name}</div>}
              </Cell>
              <Cell>
                <Badge tone={TONES[row.status]}>{t(`preferences.status.${row.status}`)}</Badge>
              </Cell>
              <Cell>{row.locale}</Cell>
              <Cell>
                {row.topics.length === 0
                  ? t("manage.allTopics")
                  : row.topics
                      .map((topic) => (isSubscriberTopic(topic) ? t(`topics.${topic}`) : topic))
                      .join(", ")}
              </Cell>
              <Cell className="whitespace-nowrap text-zinc-600">
                {format.dateTime(row.createdAt, { dateStyle: "medium" })}
              </Cell>
              <Cell>
                <RemoveSubscriberButton
                  programId={program.id}
                  subscriberId={row.id}
                  email={row.email}
                />
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <PageNav
        label={t("manage.pages")}
        summary={t("manage.summary", { page: query.page, pages: list.pages, total: list.total })}
        previous={
          query.page > 1 ? { href: pageHref(query.page - 1), label: t("manage.previous") } : null
        }
        next={
          query.page < list.pages
            ? { href: pageHref(query.page + 1), label: t("manage.next") }
            : null
        }
      />
    </div>
  );
}
