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
import { CopyButton } from "./copy-button";
import { QrImage } from "./qr-image";

const blank = { destination: "", label: "", subId: "" };

export function CreateLinkForm(props: { programId: string; domains: string[] }) {
  const t = useTranslations("links");
  const router = useRouter();
  const trpc = useTRPC();
  const [values, setValues] = useState(blank);
  const create = useMutation(
    trpc.partner.links.create.mutationOptions({
      onSuccess: () => {
        setValues(blank);
        router.refresh();
      },
    }),
  );
  const errors = fieldErrors(create.error);
  const set = (key: keyof typeof blank, value: string) =>
    setValues((current) => ({ ...current, [key]: value }));
  const created = create.data;

  return (
    <div className="space-y-4">
      <form
        className="space-y-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ programId: props.programId, ...values });
        }}
      >
        <FormError message={create.error?.message} />
        <Field
          id="destination"
          label={t("create.destination")}
          hint={t("create.destinationHint", { domains: props.domains.join(", ") })}
          error={errors.destination}
        >
          <Input
            id="destination"
            type="url"
            inputMode="url"
            required
            placeholder={`https://${props.domains[0] ?? "shop.example.com"}/`}
            value={values.destination}
            maxLength={2000}
            onChange={(e) => set("destination", e.target.value)}
            invalid={!!errors.destination}
          />
        </Field>
        <div className="grid gap-4 md:grid-cols-2">
          <Field
            id="label"
            label={t("create.label")}
            hint={t("create.labelHint")}
            error={errors.label}
          >
            <Input
              id="label"
              value={values.label}
              maxLength={80}
              onChange={(e) => set("label", e.target.value)}
              invalid={!!errors.label}
            />
          </Field>
          <Field
            id="subId"
            label={t("create.subId")}
            hint={t("create.subIdHint")}
            error={errors.subId}
          >
            <Input
              id="subId"
              value={values.subId}
              maxLength={100}
              onChange={(e) => set("subId", e.target.value)}
              invalid={!!errors.subId}
            />
          </Field>
        </div>
        <Button type="submit" disabled={create.isPending || values.destination.trim() === ""}>
          {t("create.submit")}
        </Button>
      </form>
      {created && (
        <div
          role="status"
          className="flex flex-col gap-4 rounded-md border border-green-300 bg-green-50 p-4 sm:flex-row"
          data-testid="created-link"
        >
          <div className="min-w-0 flex-1 space-y-2">
            <p className="font-medium text-green-900">{t("create.created")}</p>
            <p className="break-all font-mono text-sm">{created.url}</p>
            <p className="break-all text-xs text-zinc-600">→ {created.destination}</p>
            <CopyButton text={created.url} label={t("copy.linkLabel", { code: created.code })} />
          </div>
          <QrImage
            svg={created.qrSvg}
            code={created.code}
            alt={t("qr.alt", { url: created.url })}
            labels={{ svg: t("qr.downloadSvg"), png: t("qr.downloadPng") }}
          />
        </div>
      )}
    </div>
  );
}
