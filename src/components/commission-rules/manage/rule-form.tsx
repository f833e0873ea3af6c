"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { commissionEvents } from "~/lib/validation/commission-rules";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";
import {
  emptyRuleForm,
  fieldsFor,
  formToRule,
  type FormIssue,
  type RuleFormValues,
} from "./rule-form-values";

/** Adds a rule, or edits one when `ruleId` is given. */
export function RuleForm(props: {
  programId: string;
  currency: string;
  ruleId?: string;
  initial?: RuleFormValues;
  onDone?: () => void;
}) {
  const t = useTranslations("commissionRules");
  const tValidation = useTranslations("validation");
  const router = useRouter();
  const trpc = useTRPC();
  const [values, setValues] = useState(props.initial ?? emptyRuleForm);
  const [local, setLocal] = useState<Record<string, FormIssue>>({});
  const done = () => {
    router.refresh();
    if (props.ruleId) props.onDone?.();
    else setValues(emptyRuleForm);
  };
  const create = useMutation(
    trpc.manage.commissionRules.create.mutationOptions({ onSuccess: done }),
  );
  const update = useMutation(
    trpc.manage.commissionRules.update.mutationOptions({ onSuccess: done }),
  );
  const mutation = props.ruleId ? update : create;
  const server = fieldErrors(mutation.error);
  const error = (field: string) => {
    const issue = local[field];
    if (issue) return tValidation(issue.key as "money", issue.params as { digits: number });
    const path = `rule.${field}`;
    return Object.entries(server).find(([key]) => key === path || key.startsWith(`${path}.`))?.[1];
  };
  const set = <K extends keyof RuleFormValues>(key: K, value: RuleFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const show = fieldsFor(values.event);
  const basis = show.percent ? values.basis : "flat";
  const id = (name: string) => `${props.ruleId ?? "new"}-${name}`;
  const currency = props.currency;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = formToRule(values, currency);
    setLocal(result.ok ? {} : result.errors);
    if (!result.ok) return;
    if (props.ruleId)
      update.mutate({ programId: props.programId, ruleId: props.ruleId, rule: result.rule });
    else create.mutate({ programId: props.programId, rule: result.rule });
  }

  const text = (name: keyof RuleFormValues, field: string, label: string, hint?: string) => (
    <Field id={id(name)} label={label} hint={hint} error={error(field)}>
      <Input
        id={id(name)}
        value={values[name]}
        onChange={(e) => set(name, e.target.value)}
        invalid={!!error(field)}
      />
    </Field>
  );

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError message={mutation.error?.message} />
      <div className="grid gap-4 md:grid-cols-3">
        {text("name", "name", t("form.name"), t("form.nameHint"))}
        <Field id={id("event")} label={t("form.event")} error={error("event")}>
          <Select
            id={id("event")}
            value={values.event}
            onChange={(e) => set("event", e.target.value as RuleFormValues["event"])}
          >
            {commissionEvents.map((event) => (
              <option key={event} value={event}>
                {t(`events.${event}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={id("basis")} label={t("form.basis")} error={error("basis")}>
          <Select
            id={id("basis")}
            value={basis}
            disabled={!show.percent}
            onChange={(e) => set("basis", e.target.value as "percent" | "flat")}
          >
            {show.percent && <option value="percent">{t("basis.percent")}</option>}
            <option value="flat">{t("basis.flat")}</option>
          </Select>
        </Field>
        {basis === "percent"
          ? text("percent", "rateBps", t("form.percent"), t("form.percentHint"))
          : text(
              "amount",
              "amount",
              values.event === "impression"
                ? t("form.amountPerThousand", { currency })
                : t("form.amount", { currency }),
              t("form.amountHint"),
            )}
        {text("cap", "cap", t("form.cap", { currency }), t("form.capHint"))}
        {text("priority", "priority", t("form.priority"), t("form.priorityHint"))}
      </div>
      <fieldset className="space-y-4 rounded-md border border-zinc-200 p-4">
        <legend className="px-1 text-sm font-medium">{t("form.conditions")}</legend>
        <div className="grid gap-4 md:grid-cols-3">
          {show.actionKey &&
            text("actionKey", "conditions.actionKey", t("form.actionKey"), t("form.actionKeyHint"))}
          {show.category &&
            text("category", "conditions.category", t("form.category"), t("form.categoryHint"))}
          {show.minAmount &&
            text("minAmount", "conditions.minAmount", t("form.minAmount", { currency }))}
          {show.purchase && (
            <Field
              id={id("purchase")}
              label={t("form.purchase")}
              error={error("conditions.purchase")}
            >
              <Select
                id={id("purchase")}
                value={values.purchase}
                onChange={(e) => set("purchase", e.target.value as RuleFormValues["purchase"])}
              >
                <option value="">{t("form.purchaseAny")}</option>
                <option value="first">{t("form.purchaseFirst")}</option>
                <option value="repeat">{t("form.purchaseRepeat")}</option>
              </Select>
            </Field>
          )}
          {show.countries &&
            text("countries", "conditions.countries", t("form.countries"), t("form.countriesHint"))}
        </div>
        {!show.category && <p className="text-sm text-zinc-600">{t("form.trafficNoConditions")}</p>}
      </fieldset>
      <Field
        id={id("tierBonuses")}
        label={t("form.tierBonuses")}
        hint={t("form.tierBonusesHint")}
        error={error("tierBonusBps")}
      >
        <Textarea
          id={id("tierBonuses")}
          rows={2}
          value={values.tierBonuses}
          onChange={(e) => set("tierBonuses", e.target.value)}
          invalid={!!error("tierBonusBps")}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={mutation.isPending}>
          {props.ruleId ? t("form.save") : t("form.create")}
        </Button>
        {props.ruleId && (
          <Button type="button" variant="secondary" onClick={props.onDone}>
            {t("form.cancel")}
          </Button>
        )}
        {!props.ruleId && create.isSuccess && (
          <span role="status" className="text-sm text-green-700">
            {t("form.created")}
          </span>
        )}
      </div>
    </form>
  );
}
