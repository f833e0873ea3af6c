"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";

/** Gives one of the program's hand-given badges to a partner, found by email. */
export function AwardBadgeForm(props: {
  programId: string;
  badges: { id: string; name: string }[];
}) {
  const t = useTranslations("rewards.manage.award");
  const router = useRouter();
  const trpc = useTRPC();
  const [badgeId, setBadgeId] = useState(props.badges[0]?.id ?? "");
  const [email, setEmail] = useState("");
  const award = useMutation(
    trpc.manage.rewards.awardBadge.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const errors = fieldErrors(award.error);
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        award.mutate({ programId: props.programId, badgeId, email });
      }}
    >
      <FormError message={award.error?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="awardBadge" label={t("badge")}>
          <Select id="awardBadge" value={badgeId} onChange={(e) => setBadgeId(e.target.value)}>
            {props.badges.map((badge) => (
              <option key={badge.id} value={badge.id}>
                {badge.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="awardEmail" label={t("email")} hint={t("emailHint")} error={errors.email}>
          <Input
            id="awardEmail"
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            invalid={!!errors.email}
          />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={award.isPending || !badgeId}>
          {t("submit")}
        </Button>
        {award.data && (
          <span role="status" className="text-sm text-green-700">
            {award.data.awarded ? t("awarded") : t("already")}
          </span>
        )}
      </div>
    </form>
  );
}
