"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ProgressBar } from "~/components/academy/progress-bar";
import { useLiveRefresh } from "~/components/stats/partner/use-live-refresh";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Field, Input, Select } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { currencyDigits, formatMoney } from "~/lib/money";
import { useTRPC } from "~/lib/trpc/client";
import { GOAL_METRICS, type GoalMetric } from "~/lib/validation/weekly-goal";
import type { AppRouter } from "~/server/api/root";
import { maxTargetText, parseTarget, targetText } from "./goal-form";

export type WeeklyGoalView = inferRouterOutputs<AppRouter>["partner"]["goals"]["get"];

/** How often live events may refetch the progress: a burst of clicks costs one refetch. */
const REFRESH_MS = 1_000;

/**
 * The partner's weekly goal in one program, for their home page: this week's progress toward
 * it (first painted from what the server loaded, refreshed when a live event of theirs in the
 * program arrives, over the page's one shared stream), the streak of weeks met, and a small
 * form to set, change or remove it.
 */
export function WeeklyGoalCard(props: {
  programId: string;
  currency: string;
  initial: WeeklyGoalView;
}) {
  const { programId, currency } = props;
  const t = useTranslations("weeklyGoal");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormatter();
  const locale = useLocale();
  const view =
    useQuery(trpc.partner.goals.get.queryOptions({ programId }, { initialData: props.initial }))
      .data ?? props.initial;
  const [editing, setEditing] = useState(false);

  const hasGoal = view.goal !== null;
  // Progress moves with the partner's clicks and sales; without a goal there is none to show.
  useLiveRefresh(programId, trpc.partner.goals.get.queryKey({ programId }), {
    everyMs: REFRESH_MS,
    enabled: hasGoal,
  });

  const saved = (next: WeeklyGoalView) => {
    queryClient.setQueryData(trpc.partner.goals.get.queryKey({ programId }), next);
    setEditing(false);
  };
  const set = useMutation(trpc.partner.goals.set.mutationOptions({ onSuccess: saved }));
  const clear = useMutation(trpc.partner.goals.clear.mutationOptions({ onSuccess: saved }));

  const amount = (metric: GoalMetric, value: bigint) =>
    metric === "commission"
      ? formatMoney(value, currency, locale)
      : format.number(Number(value), { maximumFractionDigits: 0 });
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T00:00:00Z`), {
      month: "short",
      day: "numeric",
      timeZone: "UTC",
    });

  const goal = view.goal;
  return (
    <Card className="min-w-0">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-semibold">{t("title")}</h2>
        <p className="text-xs text-zinc-600">
          {t("week", { from: day(view.week.from), to: day(view.week.to) })}
        </p>
      </div>
      {goal && !editing ? (
        <div className="space-y-3" data-testid="weekly-goal">
          <p className="text-sm text-zinc-800" aria-live="polite">
            <span className="text-2xl font-bold text-zinc-900">
              {amount(goal.metric, view.value)}
            </span>{" "}
            {t("ofTarget", {
              target: amount(goal.metric, goal.target),
              metric: t(`metric.${goal.metric}`),
            })}
          </p>
          <ProgressBar
            done={view.percent}
            total={10_000}
            label={
              view.met
                ? t("met")
                : t("toGo", { left: amount(goal.metric, goal.target - view.value) })
            }
          />
          {view.weeksMetStreak > 0 && (
            <p className="text-sm font-medium text-brand-700" data-testid="weekly-goal-streak">
              {t("streak", { count: view.weeksMetStreak })}
            </p>
          )}
          <FormError message={clear.error?.message} />
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="secondary" onClick={() => setEditing(true)}>
              {t("change")}
            </Button>
            <Button
              type="button"
              variant="danger"
              disabled={clear.isPending}
              onClick={() => clear.mutate({ programId })}
            >
              {t("clear")}
            </Button>
          </div>
        </div>
      ) : (
        <>
          {!goal && (
            <div className="mb-4" data-testid="weekly-goal-empty">
              <p className="text-base font-semibold text-zinc-900">{t("emptyTitle")}</p>
              <p className="mt-1 text-sm text-zinc-600">{t("emptyBody")}</p>
            </div>
          )}
          <GoalForm
            currency={currency}
            current={goal}
            pending={set.isPending}
            error={set.error?.message}
            onSave={(next) => set.mutate({ programId, goal: next })}
            onCancel={goal ? () => setEditing(false) : undefined}
          />
        </>
      )}
    </Card>
  );
}

/** The metric and target fields; the target in major units of the currency for commission. */
function GoalForm(props: {
  currency: string;
  current: WeeklyGoalView["goal"];
  pending: boolean;
  error?: string;
  onSave: (goal: { metric: GoalMetric; target: bigint }) => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("weeklyGoal");
  const id = useId();
  const { currency, current } = props;
  const [metric, setMetric] = useState<GoalMetric>(current?.metric ?? "conversions");
  const [text, setText] = useState(
    current ? targetText(current.metric, current.target, currency) : "",
  );
  const [invalid, setInvalid] = useState(false);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const target = parseTarget(metric, text, currency);
    setInvalid(target === null);
    if (target !== null) props.onSave({ metric, target });
  }

  const money = metric === "commission";
  const max = maxTargetText(metric, currency);
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <FormError message={props.error} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field id={`${id}-metric`} label={t("metricLabel")}>
          <Select
            id={`${id}-metric`}
            value={metric}
            onChange={(e) => {
              setMetric(e.target.value as GoalMetric);
              setInvalid(false);
            }}
          >
            {GOAL_METRICS.map((option) => (
              <option key={option} value={option}>
                {t(`metricOption.${option}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id={`${id}-target`}
          label={money ? t("targetMoney", { currency }) : t("targetLabel")}
          error={
            invalid
              ? money
                ? t("invalidAmount", { max, digits: currencyDigits(currency) })
                : t("invalidCount", { max })
              : undefined
          }
        >
          <Input
            id={`${id}-target`}
            inputMode={money ? "decimal" : "numeric"}
            autoComplete="off"
            value={text}
            onChange={(e) => setText(e.target.value)}
            invalid={invalid}
          />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={props.pending}>
          {current ? t("save") : t("set")}
        </Button>
        {props.onCancel && (
          <Button type="button" variant="secondary" onClick={props.onCancel}>
            {t("cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
