"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTRPC } from "~/lib/trpc/client";
import { BulkBar } from "./bulk-bar";
import type { ReviewRow } from "./review-row";
import { RowDecision } from "./row-decision";

/**
 * The queue as a table: a decision per row, or the same decision for every selected row after
 * a confirmation. The note, when given, goes to the audit log with each decision.
 */
export function ReviewQueue(props: { programId: string; rows: ReviewRow[] }) {
  const t = useTranslations("review");
  const router = useRouter();
  const trpc = useTRPC();
  const noteId = useId();
  const [note, setNote] = useState("");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const done = () => {
    setSelected(new Set());
    router.refresh();
  };
  const decide = useMutation(trpc.manage.review.decide.mutationOptions({ onSuccess: done }));
  const decideMany = useMutation(
    trpc.manage.review.decideMany.mutationOptions({ onSuccess: done }),
  );
  const busy = decide.isPending || decideMany.isPending;
  const allSelected = props.rows.length > 0 && selected.size === props.rows.length;
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const trimmed = note.trim() || undefined;

  return (
    <div className="space-y-3">
      <div className="max-w-xl">
        <label htmlFor={noteId} className="block text-sm font-medium text-zinc-800">
          {t("note")}
        </label>
        <input
          id={noteId}
          value={note}
          maxLength={1000}
          onChange={(event) => setNote(event.target.value)}
          className="mt-1 block w-full rounded-md border border-zinc-300 px-3 py-2 text-sm"
        />
      </div>
      <BulkBar
        count={selected.size}
        disabled={busy}
        result={decideMany.data ?? null}
        onDecide={(decision) =>
          decideMany.mutate({
            programId: props.programId,
            conversionIds: [...selected],
            decision,
            note: trimmed,
          })
        }
      />
      {(decide.error ?? decideMany.error) && (
        <p role="alert" className="text-sm text-red-700">
          {(decide.error ?? decideMany.error)?.message}
        </p>
      )}
      <div
        tabIndex={0}
        className="relative overflow-x-auto rounded-lg border border-zinc-200 bg-white"
      >
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-zinc-50 text-zinc-600">
            <tr>
              <th scope="col" className="px-4 py-2">
                <input
                  type="checkbox"
                  aria-label={t("selectAll")}
                  checked={allSelected}
                  onChange={() =>
                    setSelected(allSelected ? new Set() : new Set(props.rows.map((row) => row.id)))
                  }
                />
              </th>
              {(["conversion", "partner", "reasons", "clickToSale", "actions"] as const).map(
                (column) => (
                  <th key={column} scope="col" className="px-4 py-2 font-medium">
                    {t(column)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {props.rows.map((row) => (
              <tr key={row.id} data-testid="review-row">
                <td className="px-4 py-3 align-top">
                  <input
                    type="checkbox"
                    aria-label={t("selectRow", { order: row.order, partner: row.partner })}
                    checked={selected.has(row.id)}
                    onChange={() => toggle(row.id)}
                  />
                </td>
                <td className="px-4 py-3 align-top">
                  <div className="font-medium tabular-nums">{row.amount}</div>
                  <div className="text-xs text-zinc-600">
                    {t("commissionHeld", { amount: row.commission })}
                  </div>
                  <div className="text-xs text-zinc-500">
                    {row.type} · {t("order", { order: row.order })} · {row.occurredAt}
                  </div>
                </td>
                <td className="px-4 py-3 align-top">{row.partner}</td>
                <td className="px-4 py-3 align-top">
                  <ul className="list-disc space-y-1 pl-4">
                    {row.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </td>
                <td className="whitespace-nowrap px-4 py-3 align-top">{row.clickToSale}</td>
                <td className="px-4 py-3 align-top">
                  <RowDecision
                    row={row}
                    disabled={busy}
                    onDecide={(decision) =>
                      decide.mutate({
                        programId: props.programId,
                        conversionId: row.id,
                        decision,
                        note: trimmed,
                      })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
