"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";

export type ProgramFormValues = {
  name: string;
  description: string;
  currency: string;
  cookieWindowDays: number;
  holdPeriodDays: number;
  payoutCoolingDays: number;
  allowedDomains: string[];
  allowedImageHosts: string[];
  approvalMode: "auto" | "manual";
};

const blank: ProgramFormValues = {
  name: "",
  description: "",
  currency: "USD",
  cookieWindowDays: 30,
  holdPeriodDays: 30,
  payoutCoolingDays: 3,
  allowedDomains: [],
  allowedImageHosts: [],
  approvalMode: "manual",
};

/** Creates a program (owners) or edits one's settings (its managers). */
export function ProgramForm(props: { programId?: string; initial?: ProgramFormValues }) {
  const t = useTranslations("manager.form");
  const router = useRouter();
  const trpc = useTRPC();
  const [values, setValues] = useState(props.initial ?? blank);
  const [domains, setDomains] = useState((props.initial ?? blank).allowedDomains.join("\n"));
  const [imageHosts, setImageHosts] = useState(
    (props.initial ?? blank).allowedImageHosts.join("\n"),
  );
  const [slug, setSlug] = useState("");
  const [terms, setTerms] = useState("");
  const [saved, setSaved] = useState(false);
  const create = useMutation(
    trpc.manage.programs.create.mutationOptions({
      onSuccess: (program) => router.push(`/manage/${program.slug}`),
    }),
  );
  const update = useMutation(
    trpc.manage.programs.update.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
    }),
  );
  const mutation = props.programId ? update : create;
  const errors = fieldErrors(mutation.error);
  const set = <K extends keyof ProgramFormValues>(key: K, value: ProgramFormValues[K]) => {
    setSaved(false);
    setValues((current) => ({ ...current, [key]: value }));
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const allowedDomains = domains.split(/[\s,]+/).filter(Boolean);
    const allowedImageHosts = imageHosts.split(/[\s,]+/).filter(Boolean);
    const lists = { allowedDomains, allowedImageHosts };
    if (props.programId) update.mutate({ ...values, ...lists, programId: props.programId });
    else create.mutate({ ...values, ...lists, slug, terms });
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError message={mutation.error?.message} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="name" label={t("name")} error={errors.name}>
          <Input
            id="name"
            value={values.name}
            onChange={(e) => set("name", e.target.value)}
            invalid={!!errors.name}
          />
        </Field>
        {!props.programId && (
          <Field id="slug" label={t("slug")} hint={t("slugHint")} error={errors.slug}>
            <Input
              id="slug"
              value={slug}
              onChange={(e) => setSlug(e.target.value)}
              invalid={!!errors.slug}
            />
          </Field>
        )}
        <Field id="currency" label={t("currency")} hint={t("currencyHint")} error={errors.currency}>
          <Input
            id="currency"
            value={values.currency}
            maxLength={3}
            onChange={(e) => set("currency", e.target.value.toUpperCase())}
            invalid={!!errors.currency}
          />
        </Field>
        <Field id="approvalMode" label={t("approvalMode")} error={errors.approvalMode}>
          <Select
            id="approvalMode"
            value={values.approvalMode}
            onChange={(e) => set("approvalMode", e.target.value as "auto" | "manual")}
          >
            <option value="manual">{t("manual")}</option>
            <option value="auto">{t("auto")}</option>
          </Select>
        </Field>
        {(
          [
            { key: "cookieWindowDays", min: 1, max: 365, label: "cookieWindow" },
            { key: "holdPeriodDays", min: 0, max: 365, label: "holdPeriod" },
            { key: "payoutCoolingDays", min: 0, max: 30, label: "payoutCooling" },
          ] as const
        ).map((days) => (
          <Field
            key={days.key}
            id={days.key}
            label={t(days.label)}
            hint={t(`${days.label}Hint`)}
            error={errors[days.key]}
          >
            <Input
              id={days.key}
              type="number"
              min={days.min}
              max={days.max}
              value={values[days.key]}
              onChange={(e) => set(days.key, Number(e.target.value))}
              invalid={!!errors[days.key]}
            />
          </Field>
        ))}
      </div>
      <Field id="description" label={t("description")} error={errors.description}>
        <Textarea
          id="description"
          rows={3}
          value={values.description}
          onChange={(e) => set("description", e.target.value)}
        />
      </Field>
      <Field
        id="allowedDomains"
        label={t("domains")}
        hint={t("domainsHint")}
        error={Object.entries(errors).find(([key]) => key.startsWith("allowedDomains"))?.[1]}
      >
        <Textarea
          id="allowedDomains"
          rows={3}
          value={domains}
          onChange={(e) => setDomains(e.target.value)}
        />
      </Field>
      <Field
        id="allowedImageHosts"
        label={t("imageHosts")}
        hint={t("imageHostsHint")}
        error={Object.entries(errors).find(([key]) => key.startsWith("allowedImageHosts"))?.[1]}
      >
        <Textarea
          id="allowedImageHosts"
          rows={2}
          value={imageHosts}
          onChange={(e) => setImageHosts(e.target.value)}
        />
      </Field>
      {!props.programId && (
        <Field id="terms" label={t("terms")} hint={t("termsHint")} error={errors.terms}>
          <Textarea
            id="terms"
            rows={8}
            value={terms}
            onChange={(e) => setTerms(e.target.value)}
            invalid={!!errors.terms}
          />
        </Field>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={mutation.isPending}>
          {props.programId ? t("save") : t("create")}
        </Button>
        {saved && (
          <span role="status" className="text-sm text-green-700">
            {t("saved")}
          </span>
        )}
      </div>
    </form>
  );
}
