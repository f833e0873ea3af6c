"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { bpsToPercent, MAX_OVERRIDE_LEVELS, percentToBps } from "~/lib/validation/commission-rules";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";

/** The program's override percentages, level 1 first; typed as percentages, saved as bps. */
export function OverrideLevelsForm(props: { programId: string; levels: number[] }) {
  const t = useTranslations("commissionRules.overrides");
  const tValidation = useTranslations("validation");
  const router = useRouter();
  const trpc = useTRPC();
  const [levels, setLevels] = useState(props.levels.map(bpsToPercent));
  const [bad, setBad] = useState<number[]>([]);
  const save = useMutation(
    trpc.manage.commissionRules.setOverrideLevels.mutationOptions({
      onSuccess: () => router.refresh(),
    }),
  );
  const serverErrors = fieldErrors(save.error);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = levels.map(percentToBps);
    const invalid = parsed.flatMap((bps, index) => (bps === null ? [index] : []));
    setBad(invalid);
    if (invalid.length === 0)
      save.mutate({ programId: props.programId, levels: parsed as number[] });
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError message={save.error?.message} />
      {serverErrors.levels && (
        <p role="alert" className="text-sm text-red-700">
          {serverErrors.levels}
        </p>
      )}
      {levels.length === 0 && <p className="text-sm text-zinc-600">{t("none")}</p>}
      <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {levels.map((value, index) => (
          <li key={index} className="flex items-end gap-2">
            <div className="flex-1">
              <Field
                id={`override-${index}`}
                label={t("level", { level: index + 1 })}
                error={
                  bad.includes(index) ? tValidation("percent") : serverErrors[`levels.${index}`]
                }
              >
                <Input
                  id={`override-${index}`}
                  inputMode="decimal"
                  value={value}
                  onChange={(e) =>
                    setLevels((all) => all.map((old, i) => (i === index ? e.target.value : old)))
                  }
                  invalid={bad.includes(index)}
                />
              </Field>
            </div>
            {index === levels.length - 1 && (
              <Button
                type="button"
                variant="secondary"
                className="min-h-10 px-3"
                aria-label={t("remove", { level: index + 1 })}
                onClick={() => setLevels((all) => all.slice(0, -1))}
              >
                ×
              </Button>
            )}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        {levels.length < MAX_OVERRIDE_LEVELS && (
          <Button
            type="button"
            variant="secondary"
            onClick={() => setLevels((all) => [...all, ""])}
          >
            {t("add")}
          </Button>
        )}
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
