"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SecretReveal } from "~/components/api-keys/manage/secret-reveal";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";
import type { WebhookEventType } from "~/server/services/webhooks/events";
import { EventCheckboxes } from "./event-checkboxes";

/** Adds an endpoint; its signing secret is shown once, like an API key. */
export function CreateEndpointForm(props: {
  programId: string;
  eventTypes: readonly WebhookEventType[];
}) {
  const t = useTranslations("webhooks.create");
  const router = useRouter();
  const trpc = useTRPC();
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<string[]>([...props.eventTypes]);
  const create = useMutation(
    trpc.manage.webhooks.create.mutationOptions({
      onSuccess: () => {
        setUrl("");
        setDescription("");
        router.refresh();
      },
    }),
  );
  const errors = fieldErrors(create.error);
  if (create.data) {
    return (
      <SecretReveal
        items={[{ label: t("secret"), value: create.data.secret }]}
        onDone={() => create.reset()}
      />
    );
  }
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate({
          programId: props.programId,
          url,
          description,
          events: events as WebhookEventType[],
        });
      }}
    >
      <FormError message={create.error?.message} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="webhookUrl" label={t("url")} hint={t("urlHint")} error={errors.url}>
          <Input
            id="webhookUrl"
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://"
            value={url}
            maxLength={2000}
            onChange={(e) => setUrl(e.target.value)}
            invalid={!!errors.url}
          />
        </Field>
        <Field
          id="webhookDescription"
          label={t("description")}
          hint={t("descriptionHint")}
          error={errors.description}
        >
          <Input
            id="webhookDescription"
            value={description}
            maxLength={200}
            onChange={(e) => setDescription(e.target.value)}
            invalid={!!errors.description}
          />
        </Field>
      </div>
      <EventCheckboxes
        idPrefix="webhookEvents"
        eventTypes={props.eventTypes}
        selected={events}
        error={errors.events}
        onChange={setEvents}
      />
      <Button type="submit" disabled={create.isPending || url.trim() === "" || events.length === 0}>
        {t("submit")}
      </Button>
    </form>
  );
}
