import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";
import { Table } from "~/components/ui/table";
import { cn } from "~/lib/cn";
import { formatMoney } from "~/lib/money";
import type { RouterOutputs } from "./types";

type Entries = RouterOutputs["partner"]["earnings"]["entries"];
type Entry = Entries["items"][number];
const tone = { pending: "amber", approved: "blue", paid: "green" } as const;

/** The partner's ledger, newest first, filterable by program, paged by cursor. */
export async function LedgerTable(props: {
  entries: Entries;
  programs: { id: string; name: string }[];
  programId?: string;
  cursor?: string;
}) {
  const t = await getTranslations("earnings.ledger");
  const locale = await getLocale();
  const format = await getFormatter();
  const href = (changes: { program?: string; cursor?: string }) => {
    const params = new URLSearchParams();
    const merged = { program: props.programId, cursor: undefined, ...changes };
    for (const [key, value] of Object.entries(merged)) if (value) params.set(key, value);
    return `/portal/earnings${params.size ? `?${params}` : ""}#ledger`;
  };
  const describe = (entry: Entry) => {
    if (entry.trafficEvent && entry.trafficDay) {
      const day = format.dateTime(new Date(`${entry.trafficDay}T00:00:00Z`), {
        dateStyle: "medium",
        timeZone: "UTC",
      });
      return t(`traffic.${entry.trafficEvent}`, { day });
    }
    const kind =
      entry.kind === "override"
        ? t("kind.override", { level: entry.level })
        : t(`kind.${entry.kind}`);
    return entry.conversionType ? `${kind} · ${t(`conversion.${entry.conversionType}`)}` : kind;
  };

  return (
    <section id="ledger" aria-labelledby="ledger-title" className="space-y-3">
      <h2 id="ledger-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {props.programs.length > 1 && (
        <ul className="flex flex-wrap gap-2" aria-label={t("filter")}>
          {[{ id: undefined, name: t("allPrograms") }, ...props.programs].map((program) => (
            <li key={program.id ?? "all"}>
              <Link
                href={href({ program: program.id })}
                aria-current={props.programId === program.id ? "true" : undefined}
                className={cn(
                  "rounded-full border px-3 py-1 text-sm",
                  props.programId === program.id
                    ? "border-brand-600 bg-brand-50 text-brand-700"
                    : "border-zinc-300 bg-white",
                )}
              >
                {program.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {props.entries.items.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <Table
          landmark={false}
          caption={t("caption")}
          headers={[
            { label: t("date") },
            { label: t("description") },
            { label: t("status") },
            { label: t("amount"), align: "right" },
          ]}
        >
          {props.entries.items.map((entry) => (
            <tr key={entry.id} data-testid="ledger-row">
              <td className="whitespace-nowrap px-4 py-3 text-zinc-600">
                {format.dateTime(entry.createdAt, { dateStyle: "medium" })}
              </td>
              <td className="px-4 py-3">
                <div className="font-medium">{describe(entry)}</div>
                <div className="text-xs text-zinc-500">
                  {entry.programName}
                  {entry.reason && !entry.trafficEvent ? ` · ${entry.reason}` : ""}
                </div>
              </td>
              <td className="px-4 py-3">
                <div className="flex flex-wrap items-center gap-1">
                  <Badge tone={entry.underReview ? "red" : tone[entry.status]}>
                    {entry.underReview ? t("underReview") : t(`statusName.${entry.status}`)}
                  </Badge>
                  {entry.inPayout && entry.status === "approved" && (
                    <Badge tone="zinc">{t("inPayout")}</Badge>
                  )}
                </div>
                {entry.status === "pending" && !entry.underReview && (
                  <div className="mt-1 text-xs text-zinc-500">
                    {t("holdUntil", {
                      date: format.dateTime(entry.holdUntil, { dateStyle: "medium" }),
                    })}
                  </div>
                )}
              </td>
              <td
                className={cn(
                  "whitespace-nowrap px-4 py-3 text-right font-medium tabular-nums",
                  entry.amount < 0n && "text-red-700",
                )}
              >
                {formatMoney(entry.amount, entry.currency, locale)}
              </td>
            </tr>
          ))}
        </Table>
      )}
      <nav className="flex gap-4 text-sm" aria-label={t("pagination")}>
        {props.cursor && (
          <Link href={href({})} className="text-brand-700 underline">
            {t("newest")}
          </Link>
        )}
        {props.entries.nextCursor && (
          <Link
            href={href({ cursor: props.entries.nextCursor })}
            className="text-brand-700 underline"
          >
            {t("older")}
          </Link>
        )}
      </nav>
    </section>
  );
}
