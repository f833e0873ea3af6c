"use client";

import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Card } from "~/components/ui/card";
import { Cell, Table } from "~/components/ui/table";
import { useTRPC } from "~/lib/trpc/client";
import type { PreviewInput } from "./contest-form-values";
import { formatMetricValue } from "../metric-value";

/** Typing a threshold digit by digit asks the server once, after the manager pauses. */
const DEBOUNCE_MS = 400;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** A long prize range ("ranks 4–100") shows its first and last rank, not a hundred rows. */
const edges = <T,>(ranks: T[]): T[] => (ranks.length > 4 ? [ranks[0]!, ranks.at(-1)!] : ranks);

/**
 * How the partners of the last comparable period would have fared with these prizes and
 * milestones, refreshed as the form changes. A milestone nobody reached gets a prominent
 * warning: a target nobody can hit discourages partners instead of motivating them.
 */
export function FairnessPreview(props: {
  programId: string;
  currency: string;
  input: PreviewInput | null;
}) {
  const t = useTranslations("contestsUi.preview");
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  // Compared as JSON, so a re-render with equal numbers does not restart the wait.
  const key = useDebounced(props.input ? JSON.stringify(props.input) : null, DEBOUNCE_MS);
  const input = key === null ? null : (JSON.parse(key) as PreviewInput);
  const preview = useQuery(
    trpc.manage.contests.preview.queryOptions(
      input ? { programId: props.programId, ...input } : skipToken,
      { placeholderData: keepPreviousData, staleTime: 60_000 },
    ),
  );
  const value = (v: bigint) =>
    formatMetricValue(v, input?.metric ?? "sales", props.currency, locale);
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const data = preview.data;
  const unreachable = data?.milestones.filter((m) => m.warning === "unreachable") ?? [];
  const emptyRanks = data?.prizes.flatMap((p) => p.ranks).filter((r) => r.required === null) ?? [];

  return (
    <Card className="space-y-4 xl:sticky xl:top-4">
      <section
        aria-labelledby="fairness-title"
        data-testid="fairness-preview"
        className="space-y-4"
      >
        <div>
          <h2 id="fairness-title" className="font-semibold">
            {t("title")}
          </h2>
          <p className="mt-1 text-sm text-zinc-600">{t("description")}</p>
        </div>
        {props.input === null && <p className="text-sm text-zinc-700">{t("invalid")}</p>}
        {preview.error && (
          <p role="alert" className="text-sm text-red-700">
            {t("error", { message: preview.error.message })}
          </p>
        )}
        {!data && input && !preview.error && (
          <p className="text-sm text-zinc-600">{t("loading")}</p>
        )}
        {data && (
          <div aria-busy={preview.isFetching} className="space-y-4">
            <p className="text-sm text-zinc-800" aria-live="polite" data-testid="preview-summary">
              {t("summary", {
                from: day(data.period.from),
                to: day(data.period.to),
                count: data.participants,
              })}
            </p>
            {unreachable.length > 0 && (
              <div
                className="rounded-md border-2 border-red-300 bg-red-50 p-3 text-sm text-red-900"
                data-testid="unreachable-warning"
              >
                <p className="font-semibold">{t("unreachableTitle")}</p>
                <ul className="mt-1 list-disc pl-5">
                  {unreachable.map((m) => (
                    <li key={String(m.threshold)}>
                      {t("unreachable", { label: m.label, threshold: value(m.threshold) })}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {emptyRanks.length > 0 && (
              <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
                {t("ranksUnfilled", { count: emptyRanks.length })}
              </p>
            )}
            {data.milestones.length > 0 && (
              <Table
                caption={t("milestonesCaption")}
                headers={[
                  { label: t("milestone") },
                  { label: t("threshold"), align: "right" },
                  { label: t("reachedBy"), align: "right" },
                ]}
              >
                {data.milestones.map((m) => (
                  <tr
                    key={String(m.threshold)}
                    className={m.warning ? "bg-red-50" : undefined}
                    data-testid="preview-milestone"
                  >
                    <Cell>{m.label}</Cell>
                    <Cell numeric>{value(m.threshold)}</Cell>
                    <Cell numeric className={m.warning ? "font-semibold text-red-800" : undefined}>
                      {m.warning ? t("nobody") : format.number(m.reachedBy)}
                    </Cell>
                  </tr>
                ))}
              </Table>
            )}
            {data.prizes.length > 0 && (
              <Table
                caption={t("prizesCaption")}
                headers={[
                  { label: t("rank") },
                  { label: t("prize") },
                  { label: t("needed"), align: "right" },
                ]}
              >
                {data.prizes.flatMap((prize) =>
                  edges(prize.ranks).map((r) => (
                    <tr key={r.rank} data-testid="preview-rank">
                      <Cell>{t("rankNumber", { rank: r.rank })}</Cell>
                      <Cell>{prize.label}</Cell>
                      <Cell numeric>{r.required === null ? t("noOne") : value(r.required)}</Cell>
                    </tr>
                  )),
                )}
              </Table>
            )}
          </div>
        )}
      </section>
    </Card>
  );
}
