import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { DisableUserButton } from "~/components/users/manage/disable-user-button";
import { Button } from "~/components/ui/button";
import { EmptyState, PageHeader } from "~/components/ui/card";
import { Field, Input } from "~/components/ui/field";
import { PageNav } from "~/components/ui/page-nav";
import { Badge } from "~/components/ui/status-badge";
import { Cell, Table } from "~/components/ui/table";
import { api } from "~/server/api/server-caller";

const querySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/** The owners' page: everyone with an account, and disabling or enabling them. */
export default async function PeoplePage(props: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const query = querySchema.parse(await props.searchParams);
  const t = await getTranslations("manager.people");
  const caller = await api();
  const me = await caller.account.me();
  if (!me?.isOwner) return <EmptyState title={t("ownersOnlyTitle")} body={t("ownersOnlyBody")} />;
  const search = query.q || undefined;
  const list = await caller.manage.users.list({ q: search, page: query.page });
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (search) params.set("q", search);
    params.set("page", String(page));
    return `/manage/people?${params}`;
  };

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <form
        method="get"
        action="/manage/people"
        className="grid grid-cols-1 gap-3 sm:grid-cols-[1fr_auto] sm:items-end"
      >
        <Field id="people-search" label={t("search")}>
          <Input id="people-search" name="q" type="search" defaultValue={search} />
        </Field>
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
      </form>
      {list.items.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <Table
          caption={t("caption")}
          headers={[
            { label: t("email") },
            { label: t("status") },
            { label: t("actions"), align: "right" },
          ]}
        >
          {list.items.map((person) => (
            <tr key={person.id} data-testid="person-row">
              <Cell>
                <div className="break-all">{person.email}</div>
                {person.name && <div className="text-xs text-zinc-500">{person.name}</div>}
              </Cell>
              <Cell>
                <span className="inline-flex flex-wrap gap-2">
                  {person.disabledAt ? (
                    <Badge tone="red">{t("disabled")}</Badge>
                  ) : (
                    <Badge tone="green">{t("active")}</Badge>
                  )}
                  {person.isOwner && <Badge tone="blue">{t("owner")}</Badge>}
                </span>
              </Cell>
              <Cell className="text-right">
                {person.id === me.id ? (
                  <span className="text-xs text-zinc-500">{t("you")}</span>
                ) : (
                  <DisableUserButton
                    userId={person.id}
                    email={person.email}
                    disabled={person.disabledAt !== null}
                  />
                )}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <PageNav
        label={t("pages")}
        summary={t("summary", { page: query.page, pages, total: list.total })}
        previous={query.page > 1 ? { href: pageHref(query.page - 1), label: t("previous") } : null}
        next={query.page < pages ? { href: pageHref(query.page + 1), label: t("next") } : null}
      />
    </div>
  );
}
