"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";

/** Records a payout as paid with the bank or PayPal reference the manager copies in. */
export function MarkPaidForm(props: { programId: string; payoutId: string; partner: string }) {
  const t = useTranslations("managePayouts");
  const router = useRouter();
  const trpc = useTRPC();
  const id = useId();
  const [reference, setReference] = useState("");
  const markPaid = useMutation(
    trpc.manage.payouts.markPaid.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const error = fieldErrors(markPaid.error).reference ?? markPaid.error?.message;
  return (
    <form
      className="flex flex-col gap-1"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        markPaid.mutate({ programId: props.programId, payoutId: props.payoutId, reference });
      }}
    >
      <div className="flex gap-2">
        <label htmlFor={id} className="sr-only">
          {t("referenceFor", { partner: props.partner })}
        </label>
        <input
          id={id}
          value={reference}
          placeholder={t("reference")}
          maxLength={200}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setReference(e.target.value)}
          className="w-40 rounded-md border border-zinc-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-500"
        />
        <Button
          type="submit"
          className="min-h-8 px-3 py-1"
          disabled={markPaid.isPending || markPaid.isSuccess || reference.trim() === ""}
        >
          {t("markPaid")}
        </Button>
      </div>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </form>
  );
}
