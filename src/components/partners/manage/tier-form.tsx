"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Select } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";

/** Gives the partner one of the tiers the program's rules pay a bonus to, or none. */
export function TierForm(props: {
  programId: string;
  enrollmentId: string;
  tierKey: string | null;
  options: readonly string[];
}) {
  const t = useTranslations("manager.partners.detail");
  const router = useRouter();
  const trpc = useTRPC();
  const [tier, setTier] = useState(props.tierKey ?? "");
  const save = useMutation(
    trpc.manage.partners.setTier.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          programId: props.programId,
          enrollmentId: props.enrollmentId,
          tierKey: tier === "" ? null : tier,
        });
      }}
    >
      <FormError message={save.error?.message} />
      <Field
        id="partner-tier"
        label={t("tierLabel")}
        hint={props.options.length === 0 ? t("noTierOptions") : t("tierHint")}
      >
        <Select id="partner-tier" value={tier} onChange={(event) => setTier(event.target.value)}>
          <option value="">{t("noTier")}</option>
          {props.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={save.isPending}>
          {t("saveTier")}
        </Button>
        {save.isSuccess && (
          <span role="status" className="text-sm text-green-700">
            {t("tierSaved")}
          </span>
        )}
      </div>
    </form>
  );
}
