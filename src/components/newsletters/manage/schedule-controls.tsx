"use client";

import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";

/**
 * Sending a draft (at a time in the browser's zone, or now) and cancelling: a scheduled one
 * goes back to the drafts, one that is sending stops after the batch in flight.
 */
export function ScheduleControls(props: {
  programId: string;
  newsletterId: string;
  subject: string;
  status: "draft" | "scheduled" | "sending";
  scheduledAt: Date | null;
  dirty?: boolean;
}) {
  const t = useTranslations("newsletters.schedule");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const [at, setAt] = useState("");
  const done = { onSuccess: () => router.refresh() };
  const schedule = useMutation(trpc.manage.newsletters.schedule.mutationOptions(done));
  const cancel = useMutation(trpc.manage.newsletters.cancel.mutationOptions(done));
  const ids = { programId: props.programId, newsletterId: props.newsletterId };
  const error = schedule.error?.message ?? cancel.error?.message;

  if (props.status !== "draft") {
    const stopping = props.status === "sending";
    return (
      <section aria-labelledby="newsletter-send" className="space-y-3">
        <h2 id="newsletter-send" className="font-semibold">
          {t("title")}
        </h2>
        <FormError message={error} />
        <p className="text-sm text-zinc-700">
          {stopping
            ? t("sendingNote")
            : t("scheduledFor", {
                when: format.dateTime(props.scheduledAt ?? new Date(), {
                  dateStyle: "full",
                  timeStyle: "short",
                }),
              })}
        </p>
        <Button
          type="button"
          variant="danger"
          disabled={cancel.isPending}
          onClick={() => {
            if (stopping && !window.confirm(t("confirmStop"))) return;
            cancel.mutate(ids);
          }}
        >
          {stopping ? t("stop") : t("unschedule")}
        </Button>
      </section>
    );
  }

  return (
    <section aria-labelledby="newsletter-send" className="space-y-3">
      <h2 id="newsletter-send" className="font-semibold">
        {t("title")}
      </h2>
      <FormError message={error} />
      {props.dirty && <p className="text-sm text-amber-900">{t("saveFirst")}</p>}
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-64">
          <Field id="newsletter-at" label={t("at")} hint={t("atHint")}>
            <Input
              id="newsletter-at"
              type="datetime-local"
              value={at}
              onChange={(e) => setAt(e.target.value)}
            />
          </Field>
        </div>
        <Button
          type="button"
          variant="secondary"
          // A datetime-local value is a wall time: the browser reads it in its own zone.
          disabled={!at || props.dirty || schedule.isPending}
          onClick={() => schedule.mutate({ ...ids, at: new Date(at) })}
        >
          {t("schedule")}
        </Button>
        <Button
          type="button"
          disabled={props.dirty || schedule.isPending}
          onClick={() => {
            if (!window.confirm(t("confirmSendNow", { subject: props.subject }))) return;
            schedule.mutate({ ...ids, at: null });
          }}
        >
          {t("sendNow")}
        </Button>
      </div>
    </section>
  );
}
