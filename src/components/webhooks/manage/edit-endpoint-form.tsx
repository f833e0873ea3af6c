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
import type { WebhookEventType } from "~/server/services/webhooks/events";
import { EventCheckboxes } from "./event-checkboxes";

/** Changes an endpoint's events and description, folded away under the row. */
export function EditEndpointForm(props: {
  programId: string;
  endpoint: { id: string; url: string; description: string; events: string[] };
  eventTypes: readonly WebhookEventType[];
}) {
  const t = useTranslations("webhooks.list");
  const tCreate = useTranslations("webhooks.create");
  const router = useRouter();
  const trpc = useTRPC();
  const [description, setDescription] = useState(props.endpoint.description);
  const [events, setEvents] = useState<string[]>(props.endpoint.events);
  const update = useMutation(
    trpc.manage.webhooks.update.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const errors = fieldErrors(update.error);
  const id = `edit-${props.endpoint.id}`;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-700 underline">
        {t("edit")}
        <span className="sr-only"> {props.endpoint.url}</span>
      </summary>
      <form
        className="mt-3 space-y-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({
            programId: props.programId,
            endpointId: props.endpoint.id,
            description,
            events: events as WebhookEventType[],
          });
        }}
      >
        <FormError message={update.error?.message} />
        <Field id={`${id}-description`} label={tCreate("description")} error={errors.description}>
          <Input
            id={`${id}-description`}
            value={description}
            maxLength={200}
            onChange={(e) => setDescription(e.target.value)}
            invalid={!!errors.description}
          />
        </Field>
        <EventCheckboxes
          idPrefix={`${id}-events`}
          eventTypes={props.eventTypes}
          selected={events}
          error={errors.events}
          onChange={setEvents}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button
            type="submit"
            className="min-h-8 px-3 py-1"
            disabled={update.isPending || events.length === 0}
          >
            {t("save")}
          </Button>
          {update.isSuccess && (
            <span role="status" className="text-xs text-green-800">
              {t("saved")}
            </span>
          )}
        </div>
      </form>
    </details>
  );
}
