"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { useTRPC } from "~/lib/trpc/client";

/** Points a link at another page of the program's allowed domains, keeping its code. */
export function DestinationEditor(props: { linkId: string; code: string; destination: string }) {
  const t = useTranslations("links.list");
  const router = useRouter();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [destination, setDestination] = useState(props.destination);
  const save = useMutation(
    trpc.partner.links.setDestination.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        router.refresh();
      },
    }),
  );
  const inputId = `destination-${props.linkId}`;
  if (!open) {
    return (
      <Button
        type="button"
        variant="secondary"
        className="min-h-8 px-3 py-1"
        aria-label={t("editDestinationFor", { code: props.code })}
        onClick={() => setOpen(true)}
      >
        {t("editDestination")}
      </Button>
    );
  }
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ linkId: props.linkId, destination });
      }}
    >
      <Field id={inputId} label={t("newDestination")} error={save.error?.message}>
        <Input
          id={inputId}
          type="url"
          value={destination}
          invalid={!!save.error}
          onChange={(event) => setDestination(event.target.value)}
        />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" className="min-h-8 px-3 py-1" disabled={save.isPending}>
          {t("saveDestination")}
        </Button>
        <Button
          type="button"
          variant="secondary"
          className="min-h-8 px-3 py-1"
          onClick={() => setOpen(false)}
        >
          {t("cancelDestination")}
        </Button>
      </div>
    </form>
  );
}
