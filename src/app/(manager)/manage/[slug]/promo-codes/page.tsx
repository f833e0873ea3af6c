import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { AssignPromoCodeForm } from "~/components/promo-codes/manage/assign-promo-code-form";
import { PromoCodeToggle } from "~/components/promo-codes/manage/promo-code-toggle";
import { Card, EmptyState } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";
import { Table } from "~/components/ui/table";

export default async function PromoCodesPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const after = z
    .uuid()
    .optional()
    .catch(undefined)
    .parse((await props.searchParams).after);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("promoCodes");
  const format = await getFormatter();
  const page = await caller.manage.promoCodes.list({ programId: program.id, after });
  const base = `/manage/${program.slug}/promo-codes`;
  const columns = ["code", "partner", "conversions", "created", "status"] as const;
  return (
    <div className="space-y-6">
      <Card>
        <h2 className="font-semibold">{t("assign.title")}</h2>
        <p className="mb-4 mt-1 text-sm text-zinc-600">{t("description")}</p>
        <AssignPromoCodeForm programId={program.id} />
      </Card>
      {page.items.length === 0 ? (
        <EmptyState title={t("list.emptyTitle")} body={t("list.emptyBody")} />
      ) : (
        <Table
          landmark={false}
          caption={t("list.caption")}
          headers={columns.map((column) => ({ key: column, label: t(`list.${column}`) }))}
        >
          {page.items.map((row) => (
            <tr key={row.id} data-testid="promo-code-row">
              <td className="px-4 py-3 font-mono font-semibold">{row.code}</td>
              <td className="px-4 py-3">
                <div>{row.name ?? row.email}</div>
                {row.name && <div className="text-xs text-zinc-500">{row.email}</div>}
              </td>
              <td className="px-4 py-3">{format.number(row.conversions)}</td>
              <td className="whitespace-nowrap px-4 py-3 text-zinc-600">
                {format.dateTime(row.createdAt, { dateStyle: "medium" })}
              </td>
              <td className="px-4 py-3">
                <span className="flex flex-wrap items-center gap-3">
                  <Badge tone={row.disabledAt ? "zinc" : "green"}>
                    {row.disabledAt ? t("list.disabled") : t("list.active")}
                  </Badge>
                  <PromoCodeToggle
                    programId={program.id}
                    promoCodeId={row.id}
                    code={row.code}
                    disabled={row.disabledAt !== null}
                  />
                </span>
              </td>
            </tr>
          ))}
        </Table>
      )}
      <nav className="flex gap-4 text-sm" aria-label={t("list.pagination")}>
        {after && (
          <Link href={base} className="text-brand-700 underline">
            {t("list.newest")}
          </Link>
        )}
        {page.nextCursor && (
          <Link href={`${base}?after=${page.nextCursor}`} className="text-brand-700 underline">
            {t("list.older")}
          </Link>
        )}
      </nav>
    </div>
  );
}
