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

export function AddManagerForm({ programId }: { programId: string }) {
  const t = useTranslations("manager.managers");
  const trpc = useTRPC();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const add = useMutation(
    trpc.manage.programs.addManager.mutationOptions({
      onSuccess: () => {
        setEmail("");
        // The list of managers above the form is rendered on the server.
        router.refresh();
      },
    }),
  );
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate({ programId, email });
      }}
    >
      <FormError message={add.error?.message} />
      <Field
        id="managerEmail"
        label={t("email")}
        hint={t("hint")}
        error={fieldErrors(add.error).email}
      >
        <Input
          id="managerEmail"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={add.isPending}>
          {t("add")}
        </Button>
        {add.data && (
          <span role="status" className="text-sm text-green-700">
            {add.data.added
              ? t("added", { email: add.data.email })
              : t("already", { email: add.data.email })}
          </span>
        )}
      </div>
    </form>
  );
}
