"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Textarea } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import type { Locale } from "~/i18n/locales";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";
import { AudiencePicker, type AudienceValue } from "./audience-picker";
import { NewsletterPreview } from "./newsletter-preview";
import { ScheduleControls } from "./schedule-controls";

export type NewsletterDraft = { subject: string; body: string; audience: AudienceValue };

type Topic = "news" | "contests" | "webinars" | "courses";

const blank: NewsletterDraft = {
  subject: "",
  body: "",
  audience: { partners: true, tierKeys: [], subscribers: false },
};

/**
 * Writes a newsletter (or edits a draft when `newsletterId` is given) beside its live preview;
 * a saved draft can be tested, scheduled or sent from here.
 */
export function NewsletterComposer(props: {
  programId: string;
  slug: string;
  locale: Locale;
  tiers: { key: string; name: string }[];
  topics: readonly Topic[];
  newsletterId?: string;
  initial?: NewsletterDraft;
}) {
  const t = useTranslations("newsletters.compose");
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState<NewsletterDraft>(props.initial ?? blank);
  const [values, setValues] = useState<NewsletterDraft>(props.initial ?? blank);
  const create = useMutation(
    trpc.manage.newsletters.create.mutationOptions({
      onSuccess: (created) => router.push(`/manage/${props.slug}/newsletters/${created.id}`),
    }),
  );
  const update = useMutation(
    trpc.manage.newsletters.update.mutationOptions({
      // What was saved is what was sent, even if the manager kept typing meanwhile.
      onSuccess: (_updated, sent) => {
        setSaved({
          subject: sent.subject,
          body: sent.body,
          audience: { ...sent.audience, tierKeys: sent.audience.tierKeys ?? [] },
        });
        router.refresh();
      },
    }),
  );
  const test = useMutation(trpc.manage.newsletters.sendTest.mutationOptions());
  const save = props.newsletterId ? update : create;
  const errors = { ...fieldErrors(test.error), ...fieldErrors(save.error) };
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);
  const audience = values.audience as AudienceValue & { topic?: Topic };
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <div className="space-y-6">
        <form
          className="space-y-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const input = { programId: props.programId, ...values, audience };
            if (props.newsletterId) update.mutate({ ...input, newsletterId: props.newsletterId });
            else create.mutate(input);
          }}
        >
          <FormError message={save.error?.message ?? test.error?.message} />
          <Field id="newsletter-subject" label={t("subject")} error={errors.subject}>
            <Input
              id="newsletter-subject"
              value={values.subject}
              maxLength={200}
              required
              invalid={!!errors.subject}
              onChange={(e) => setValues((current) => ({ ...current, subject: e.target.value }))}
            />
          </Field>
          <Field id="newsletter-body" label={t("body")} hint={t("bodyHint")} error={errors.body}>
            <Textarea
              id="newsletter-body"
              rows={14}
              maxLength={50_000}
              value={values.body}
              required
              invalid={!!errors.body}
              className="font-mono"
              onChange={(e) => setValues((current) => ({ ...current, body: e.target.value }))}
            />
          </Field>
          <AudiencePicker
            programId={props.programId}
            value={values.audience}
            onChange={(value) => setValues((current) => ({ ...current, audience: value }))}
            tiers={props.tiers}
            topics={props.topics}
            error={errors["audience.partners"] ?? errors.audience}
          />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={save.isPending}>
              {t("save")}
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={test.isPending}
              onClick={() =>
                test.mutate({
                  programId: props.programId,
                  newsletterId: props.newsletterId,
                  subject: values.subject,
                  body: values.body,
                  locale: props.locale,
                })
              }
            >
              {t("sendTest")}
            </Button>
            {update.isSuccess && !dirty && (
              <span role="status" className="text-sm text-green-800">
                {t("saved")}
              </span>
            )}
            {test.data && (
              <span role="status" className="text-sm text-green-800" data-testid="test-sent">
                {t("testSent", { email: test.data.email })}
              </span>
            )}
          </div>
        </form>
        {props.newsletterId && (
          <ScheduleControls
            programId={props.programId}
            newsletterId={props.newsletterId}
            subject={saved.subject}
            status="draft"
            scheduledAt={null}
            dirty={dirty}
          />
        )}
      </div>
      <NewsletterPreview
        programId={props.programId}
        subject={values.subject}
        body={values.body}
        initialLocale={props.locale}
      />
    </div>
  );
}
