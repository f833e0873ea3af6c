"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";
import { Cell, Table } from "~/components/ui/table";
import { useTRPC } from "~/lib/trpc/client";
import type { PointEvent } from "~/server/services/gamification/award";

type Rule = { event: PointEvent; points: number; active: boolean };

/** Points per event, all saved at once. */
export function PointRulesForm({ programId, rules }: { programId: string; rules: Rule[] }) {
  const t = useTranslations("rewards.manage.rules");
  const events = useTranslations("rewards.events");
  const router = useRouter();
  const trpc = useTRPC();
  const [rows, setRows] = useState(() =>
    rules.map((rule) => ({ ...rule, text: String(rule.points) })),
  );
  const save = useMutation(
    trpc.manage.rewards.setPointRules.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const invalid = (text: string) => !/^\d{1,7}$/.test(text.trim());
  const update = (index: number, change: Partial<(typeof rows)[number]>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (rows.some((row) => invalid(row.text))) return;
        save.mutate({
          programId,
          rules: rows.map((row) => ({
            event: row.event,
            points: Number(row.text.trim()),
            active: row.active,
          })),
        });
      }}
    >
      <FormError message={save.error?.message} />
      <Table
        caption={t("caption")}
        headers={[{ label: t("event") }, { label: t("points") }, { label: t("active") }]}
      >
        {rows.map((row, index) => (
          <tr key={row.event}>
            <Cell>
              <label htmlFor={`points-${row.event}`}>{events(row.event)}</label>
            </Cell>
            <Cell>
              <input
                id={`points-${row.event}`}
                inputMode="numeric"
                value={row.text}
                onChange={(e) => update(index, { text: e.target.value })}
                aria-invalid={invalid(row.text) || undefined}
                className="w-24 rounded-md border border-zinc-300 px-2 py-1 text-right aria-[invalid=true]:border-red-500"
              />
            </Cell>
            <Cell>
              <input
                type="checkbox"
                checked={row.active}
                aria-label={t("activeFor", { event: events(row.event) })}
                onChange={(e) => update(index, { active: e.target.checked })}
                className="h-5 w-5"
              />
            </Cell>
          </tr>
        ))}
      </Table>
      {rows.some((row) => invalid(row.text)) && (
        <p role="alert" className="text-sm text-red-700">
          {t("invalid")}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {t("save")}
        </Button>
        {save.isSuccess && (
          <span role="status" className="text-sm text-green-700">
            {t("saved")}
          </span>
        )}
      </div>
    </form>
  );
}
