"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { cn } from "~/lib/cn";
import { customRangeProblem } from "./custom-range";
import type { Range } from "./types";

const PRESETS = ["today", "7d", "30d", "90d"] as const;

/** Presets as toggle buttons, and a custom range of two dates applied with a button. */
export function RangePicker(props: { range: Range; onChange: (range: Range) => void }) {
  const t = useTranslations("dashboard.range");
  const id = useId();
  const initial = "preset" in props.range ? null : props.range;
  const [open, setOpen] = useState(initial !== null);
  const [from, setFrom] = useState(initial?.from ?? "");
  const [to, setTo] = useState(initial?.to ?? "");
  const [problem, setProblem] = useState<ReturnType<typeof customRangeProblem>>(null);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const found = customRangeProblem(from, to);
    setProblem(found);
    if (!found) props.onChange({ from, to });
  };
  const toggle = (active: boolean) =>
    cn(
      "min-h-10 rounded-md border px-3 py-2 text-sm font-medium",
      active
        ? "border-brand-600 bg-brand-600 text-white"
        : "border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-50",
    );

  return (
    <div className="space-y-3">
      <div role="group" aria-label={t("label")} className="flex flex-wrap gap-2">
        {PRESETS.map((preset) => {
          const active = "preset" in props.range && props.range.preset === preset;
          return (
            <button
              key={preset}
              type="button"
              aria-pressed={active}
              className={toggle(active)}
              onClick={() => {
                setOpen(false);
                setProblem(null);
                props.onChange({ preset });
              }}
            >
              {t(preset)}
            </button>
          );
        })}
        <button
          type="button"
          aria-expanded={open}
          aria-controls={open ? `${id}-custom` : undefined}
          className={toggle(!("preset" in props.range))}
          onClick={() => setOpen(!open)}
        >
          {t("custom")}
        </button>
      </div>
      {open && (
        <form
          id={`${id}-custom`}
          onSubmit={apply}
          noValidate
          className="flex flex-col gap-3 sm:flex-row sm:items-start"
        >
          <Field id={`${id}-from`} label={t("from")} hint={t("utcHint")}>
            <Input
              id={`${id}-from`}
              type="date"
              value={from}
              onChange={(event) => setFrom(event.target.value)}
            />
          </Field>
          <Field
            id={`${id}-to`}
            label={t("to")}
            hint={t("utcHint")}
            error={problem ? t(`problem.${problem}`) : undefined}
          >
            <Input
              id={`${id}-to`}
              type="date"
              value={to}
              onChange={(event) => setTo(event.target.value)}
              invalid={problem !== null}
            />
          </Field>
          {/* Level with the inputs, below their labels. */}
          <div className="sm:pt-6">
            <Button type="submit">{t("apply")}</Button>
          </div>
        </form>
      )}
    </div>
  );
}
