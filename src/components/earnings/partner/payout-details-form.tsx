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
import type { RouterOutputs } from "./types";

type Current = RouterOutputs["partner"]["payouts"]["details"];

/**
 * The partner's payout details. The saved IBAN is only ever shown masked, so editing means
 * typing the account again; the form starts closed when details exist.
 */
export function PayoutDetailsForm({ current }: { current: Current }) {
  const t = useTranslations("payouts.details");
  const router = useRouter();
  const trpc = useTRPC();
  const [editing, setEditing] = useState(current === null);
  const [method, setMethod] = useState<"iban" | "paypal">(current?.method ?? "iban");
  const [accountHolder, setAccountHolder] = useState(current?.accountHolder ?? "");
  const [iban, setIban] = useState("");
  const [paypalEmail, setPaypalEmail] = useState(current?.paypalEmail ?? "");
  const save = useMutation(
    trpc.partner.payouts.saveDetails.mutationOptions({
      onSuccess: () => {
        setEditing(false);
        setIban("");
        router.refresh();
      },
    }),
  );
  const errors = fieldErrors(save.error);

  return (
    <div className="space-y-4">
      <div>
        <h2 className="font-semibold">{t("title")}</h2>
        <p className="mt-1 text-sm text-zinc-600">{t("description")}</p>
      </div>
      {current && !editing && (
        <div className="space-y-3">
          <dl className="text-sm" data-testid="payout-details">
            <dt className="text-zinc-600">{t(`method.${current.method}`)}</dt>
            <dd className="font-medium">
              {current.method === "iban" ? current.iban : current.paypalEmail}
            </dd>
            {current.accountHolder && <dd className="text-zinc-700">{current.accountHolder}</dd>}
          </dl>
          {save.isSuccess && (
            <p role="status" className="text-sm text-green-700">
              {t("saved")}
            </p>
          )}
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t("change")}
          </Button>
        </div>
      )}
      {editing && (
        <form
          className="space-y-3"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(
              method === "iban"
                ? { method, accountHolder, iban }
                : { method, accountHolder, paypalEmail },
            );
          }}
        >
          <FormError message={save.error?.message} />
          <fieldset>
            <legend className="text-sm font-medium text-zinc-800">{t("methodLabel")}</legend>
            <div className="mt-1 flex gap-4">
              {(["iban", "paypal"] as const).map((option) => (
                <label key={option} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="method"
                    value={option}
                    checked={method === option}
                    onChange={() => setMethod(option)}
                  />
                  {t(`method.${option}`)}
                </label>
              ))}
            </div>
          </fieldset>
          {method === "iban" ? (
            <Field id="iban" label={t("iban")} hint={t("ibanHint")} error={errors.iban}>
              <Input
                id="iban"
                value={iban}
                autoComplete="off"
                spellCheck={false}
                invalid={Boolean(errors.iban)}
                onChange={(e) => setIban(e.target.value)}
              />
            </Field>
          ) : (
            <Field id="paypalEmail" label={t("paypalEmail")} error={errors.paypalEmail}>
              <Input
                id="paypalEmail"
                type="email"
                value={paypalEmail}
                invalid={Boolean(errors.paypalEmail)}
                onChange={(e) => setPaypalEmail(e.target.value)}
              />
            </Field>
          )}
          <Field
            id="accountHolder"
            label={method === "iban" ? t("accountHolder") : t("accountHolderOptional")}
            hint={t("accountHolderHint")}
            error={errors.accountHolder}
          >
            <Input
              id="accountHolder"
              value={accountHolder}
              autoComplete="name"
              invalid={Boolean(errors.accountHolder)}
              onChange={(e) => setAccountHolder(e.target.value)}
            />
          </Field>
          <p className="text-xs text-zinc-500">{t("snapshotNote")}</p>
          <div className="flex gap-3">
            <Button type="submit" disabled={save.isPending}>
              {t("save")}
            </Button>
            {current && (
              <Button type="button" variant="secondary" onClick={() => setEditing(false)}>
                {t("cancel")}
              </Button>
            )}
          </div>
        </form>
      )}
    </div>
  );
}
