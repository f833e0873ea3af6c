"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";

export function TierSettingsForm(props: {
  programId: string;
  tierWindowDays: number;
  tierGraceDays: number;
}) {
  const t = useTranslations("rewards.manage.settings");
  const router = useRouter();
  const trpc = useTRPC();
  const [windowDays, setWindowDays] = useState(String(props.tierWindowDays));
  const [graceDays, setGraceDays] = useState(String(props.tierGraceDays));
  const save = useMutation(
    trpc.manage.rewards.updateSettings.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const errors = fieldErrors(save.error);
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          programId: props.programId,
          tierWindowDays: Number(windowDays),
          tierGraceDays: Number(graceDays),
        });
      }}
    >
      <FormError message={save.error?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="tierWindow"
          label={t("window")}
          hint={t("windowHint")}
          error={errors.tierWindowDays}
        >
          <Input
            id="tierWindow"
            inputMode="numeric"
            value={windowDays}
            onChange={(e) => setWindowDays(e.target.value)}
            invalid={!!errors.tierWindowDays}
          />
        </Field>
        <Field id="tierGrace" label={t("grace")} hint={t("graceHint")} error={errors.tierGraceDays}>
          <Input
            id="tierGrace"
            inputMode="numeric"
            value={graceDays}
            onChange={(e) => setGraceDays(e.target.value)}
            invalid={!!errors.tierGraceDays}
          />
        </Field>
      </div>
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
