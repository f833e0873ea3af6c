"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Field, Input, Select, Textarea } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";
import {
  emptyLeague,
  emptyMilestone,
  emptyPrize,
  formToContest,
  previewInput,
  type ContestFormValues,
  type FormIssue,
} from "./contest-form-values";
import { FairnessPreview } from "./fairness-preview";
import { CONTEST_METRICS, isMoneyMetric } from "../metric-value";
import { RowsEditor } from "./rows-editor";

/**
 * Creates a contest, or edits a draft when `contestId` is given; then opens its page. A new
 * contest can be created and launched in one step ("Create and launch"); pressing Enter in a
 * field only ever saves a draft, because launching tells every partner at once.
 */
export function ContestForm(props: {
  programId: string;
  slug: string;
  currency: string;
  initial: ContestFormValues;
  contestId?: string;
}) {
  const t = useTranslations("contestsUi.form");
  const tLaunch = useTranslations("launch.contest");
  const tMetric = useTranslations("contestsUi.metric");
  const router = useRouter();
  const trpc = useTRPC();
  const [values, setValues] = useState(props.initial);
  const [local, setLocal] = useState<Record<string, FormIssue>>({});
  const open = ({ id }: { id: string }) => {
    router.push(`/manage/${props.slug}/contests/${id}`);
    router.refresh();
  };
  const create = useMutation(trpc.manage.contests.create.mutationOptions({ onSuccess: open }));
  const update = useMutation(trpc.manage.contests.update.mutationOptions({ onSuccess: open }));
  const createAndLaunch = useMutation(
    trpc.manage.contests.createAndLaunch.mutationOptions({ onSuccess: open }),
  );
  // The errors shown are those of the last button pressed.
  const [launching, setLaunching] = useState(false);
  const mutation = props.contestId ? update : launching ? createAndLaunch : create;
  // Busy until the contest's page opens: a second press must not create a second contest.
  const pending = [create, update, createAndLaunch].some((m) => m.isPending || m.isSuccess);
  const server = fieldErrors(mutation.error);
  const { currency } = props;
  const unit = isMoneyMetric(values.metric) ? currency : tMetric(values.metric);

  const error = (path: string): string | undefined => {
    const issue = local[path];
    if (issue) return t(`errors.${issue.key}` as "errors.day", { currency });
    return server[path];
  };
  const set = <K extends keyof ContestFormValues>(key: K, value: ContestFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  function submit(launch: boolean) {
    const result = formToContest(values, currency);
    setLocal(result.ok ? {} : result.errors);
    if (!result.ok) return;
    const input = { programId: props.programId, ...result.contest };
    setLaunching(launch);
    if (props.contestId) update.mutate({ ...input, contestId: props.contestId });
    else if (launch) createAndLaunch.mutate(input);
    else create.mutate(input);
  }

  const text = (name: "name" | "startsOn" | "endsOn", label: string, hint?: string) => (
    <Field id={`contest-${name}`} label={label} hint={hint} error={error(name)}>
      <Input
        id={`contest-${name}`}
        type={name === "name" ? "text" : "date"}
        value={values[name]}
        invalid={!!error(name)}
        onChange={(e) => set(name, e.target.value)}
      />
    </Field>
  );

  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-5">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit(false);
        }}
        noValidate
        className="space-y-6 xl:col-span-3"
      >
        <FormError message={mutation.error?.message} />
        <Card className="space-y-4">
          {text("name", t("name"))}
          <Field id="contest-description" label={t("description")} hint={t("descriptionHint")}>
            <Textarea
              id="contest-description"
              rows={3}
              value={values.description}
              onChange={(e) => set("description", e.target.value)}
            />
          </Field>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
            <Field id="contest-metric" label={t("metric")} error={error("metric")}>
              <Select
                id="contest-metric"
                value={values.metric}
                onChange={(e) => set("metric", e.target.value as ContestFormValues["metric"])}
              >
                {CONTEST_METRICS.map((metric) => (
                  <option key={metric} value={metric}>
                    {tMetric(metric)}
                  </option>
                ))}
              </Select>
            </Field>
            {text("startsOn", t("startsOn"), t("windowHint"))}
            {text("endsOn", t("endsOn"))}
          </div>
          <Field
            id="contest-tiers"
            label={t("eligibleTiers")}
            hint={t("eligibleTiersHint")}
            error={error("eligibleTierKeys")}
          >
            <Input
              id="contest-tiers"
              value={values.eligibleTiers}
              invalid={!!error("eligibleTierKeys")}
              onChange={(e) => set("eligibleTiers", e.target.value)}
            />
          </Field>
        </Card>
        <RowsEditor
          name="prizes"
          legend={t("prizes")}
          hint={t("prizesHint")}
          rows={values.prizes}
          error={error}
          onChange={(rows) => set("prizes", rows)}
          empty={emptyPrize}
          addLabel={t("addPrize")}
          rowLabel={(i) => t("prizeRow", { index: i + 1 })}
          removeText={t("remove")}
          removeLabel={(i) => t("removePrize", { index: i + 1 })}
          columns={[
            { name: "fromRank", label: t("fromRank"), inputMode: "numeric", span: 2 },
            { name: "toRank", label: t("toRank"), inputMode: "numeric", span: 2 },
            { name: "label", label: t("prizeLabel"), span: 4 },
            { name: "points", label: t("points"), inputMode: "numeric", span: 2 },
          ]}
        />
        <RowsEditor
          name="milestones"
          legend={t("milestones")}
          hint={t("milestonesHint")}
          rows={values.milestones}
          error={error}
          onChange={(rows) => set("milestones", rows)}
          empty={emptyMilestone}
          addLabel={t("addMilestone")}
          rowLabel={(i) => t("milestoneRow", { index: i + 1 })}
          removeText={t("remove")}
          removeLabel={(i) => t("removeMilestone", { index: i + 1 })}
          columns={[
            { name: "threshold", label: t("threshold", { unit }), inputMode: "decimal", span: 3 },
            { name: "label", label: t("milestoneLabel"), span: 5 },
            { name: "points", label: t("points"), inputMode: "numeric", span: 2 },
          ]}
        />
        <RowsEditor
          name="leagues"
          legend={t("leagues")}
          hint={t("leaguesHint")}
          rows={values.leagues}
          error={error}
          onChange={(rows) => set("leagues", rows)}
          empty={emptyLeague}
          addLabel={t("addLeague")}
          rowLabel={(i) => t("leagueRow", { index: i + 1 })}
          removeText={t("remove")}
          removeLabel={(i) => t("removeLeague", { index: i + 1 })}
          columns={[
            { name: "key", label: t("leagueKey"), span: 3 },
            { name: "label", label: t("leagueLabel"), span: 4 },
            { name: "minValue", label: t("minValue", { unit }), inputMode: "decimal", span: 3 },
          ]}
        />
        <fieldset className="space-y-3 rounded-md border border-zinc-200 p-4">
          <legend className="px-1 text-sm font-semibold">{t("privacy")}</legend>
          {(["showAliases", "hideAmounts"] as const).map((name) => (
            <div key={name} className="flex items-start gap-3">
              <input
                id={`contest-${name}`}
                type="checkbox"
                className="mt-1 size-4"
                checked={values[name]}
                aria-describedby={`contest-${name}-hint`}
                onChange={(e) => set(name, e.target.checked)}
              />
              <div>
                <label htmlFor={`contest-${name}`} className="text-sm font-medium">
                  {t(name)}
                </label>
                <p id={`contest-${name}-hint`} className="text-xs text-zinc-600">
                  {t(`${name}Hint`)}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        {props.contestId ? (
          <Button type="submit" disabled={pending}>
            {update.isPending ? t("saving") : t("saveChanges")}
          </Button>
        ) : (
          <div className="space-y-2">
            <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
              <Button type="button" disabled={pending} onClick={() => submit(true)}>
                {createAndLaunch.isPending ? tLaunch("launching") : tLaunch("createAndLaunch")}
              </Button>
              <Button type="submit" variant="secondary" disabled={pending}>
                {create.isPending ? t("saving") : t("save")}
              </Button>
            </div>
            <p className="text-sm text-zinc-600">{tLaunch("launchHint")}</p>
          </div>
        )}
      </form>
      <div className="xl:col-span-2">
        <FairnessPreview
          programId={props.programId}
          currency={currency}
          input={previewInput(values, currency)}
        />
      </div>
    </div>
  );
}
