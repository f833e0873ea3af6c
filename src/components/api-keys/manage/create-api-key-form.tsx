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
import { SecretReveal } from "./secret-reveal";

export function CreateApiKeyForm({ programId }: { programId: string }) {
  const t = useTranslations("apiKeys");
  const router = useRouter();
  const trpc = useTRPC();
  const [name, setName] = useState("");
  const create = useMutation(
    trpc.manage.apiKeys.create.mutationOptions({
      onSuccess: () => {
        setName("");
        router.refresh();
      },
    }),
  );
  const errors = fieldErrors(create.error);
  if (create.data) {
    return (
      <SecretReveal
        items={[
          { label: t("secret.key"), value: create.data.key },
          { label: t("secret.signingSecret"), value: create.data.signingSecret },
        ]}
        onDone={() => create.reset()}
      />
    );
  }
  return (
    <form
      className="flex flex-col gap-3 md:flex-row md:items-start"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate({ programId, name });
      }}
    >
      <div className="md:w-80">
        <FormError message={create.error?.message} />
        <Field
          id="apiKeyName"
          label={t("create.name")}
          hint={t("create.nameHint")}
          error={errors.name}
        >
          <Input
            id="apiKeyName"
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            invalid={!!errors.name}
          />
        </Field>
      </div>
      <Button type="submit" className="md:mt-6" disabled={create.isPending || name.trim() === ""}>
        {t("create.submit")}
      </Button>
    </form>
  );
}
