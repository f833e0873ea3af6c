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

export function AssignPromoCodeForm({ programId }: { programId: string }) {
  const t = useTranslations("promoCodes.assign");
  const router = useRouter();
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const [code, setCode] = useState("");
  const assign = useMutation(
    trpc.manage.promoCodes.assign.mutationOptions({
      onSuccess: () => {
        setCode("");
        router.refresh();
      },
    }),
  );
  const errors = fieldErrors(assign.error);
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        assign.mutate({ programId, email, code });
      }}
    >
      <FormError message={assign.error?.message} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="promoEmail" label={t("partner")} hint={t("partnerHint")} error={errors.email}>
          <Input
            id="promoEmail"
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            invalid={!!errors.email}
          />
        </Field>
        <Field id="promoCode" label={t("code")} hint={t("codeHint")} error={errors.code}>
          <Input
            id="promoCode"
            value={code}
            maxLength={32}
            className="font-mono uppercase"
            onChange={(e) => setCode(e.target.value.toUpperCase())}
            invalid={!!errors.code}
          />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={assign.isPending}>
          {t("submit")}
        </Button>
        {assign.data && (
          <span role="status" className="text-sm text-green-700">
            {t("assigned", { code: assign.data.code, email: assign.data.email })}
          </span>
        )}
      </div>
    </form>
  );
}
