"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";
import { useBrowserZone, useTimeZones } from "../use-browser-zone";
import { newWebinarDefaults, type WebinarFormValues } from "./webinar-defaults";

const blank: WebinarFormValues = {
  title: "",
  description: "",
  startsLocal: "",
  // Empty: the manager's own zone (see below).
  timeZone: "",
  durationMinutes: 60,
  joinUrl: "",
  capacity: null,
  audienceTierKeys: [],
};

/**
 * Schedules a webinar, or edits one when `webinarId` is given. With `prefill` (the new-webinar
 * page) it starts ready to schedule: see newWebinarDefaults; the start follows the form's time
 * zone (the manager's own until they pick another) until they change it. With `createdHref`
 * the manager is taken there once it is scheduled.
 */
export function WebinarForm(props: {
  programId: string;
  slug: string;
  tiers: { key: string; name: string }[];
  webinarId?: string;
  initial?: WebinarFormValues;
  /** `now` as an ISO instant from the server, so rendering stays pure. */
  prefill?: { now: string; title: string; joinUrl: string | null };
  createdHref?: string;
}) {
  const t = useTranslations("webinars.form");
  const trpc = useTRPC();
  const router = useRouter();
  const { prefill } = props;
  const [values, setValues] = useState<WebinarFormValues>(
    () =>
      props.initial ??
      (prefill
        ? {
            ...newWebinarDefaults({ ...prefill, now: new Date(prefill.now), zone: "UTC" }),
            // Both follow the browser's zone, known only after hydration (see below).
            timeZone: "",
            startsLocal: "",
          }
        : blank),
  );
  const [startEdited, setStartEdited] = useState(false);
  const zones = useTimeZones();
  // A new webinar starts in the manager's own zone until they pick another.
  const browserZone = useBrowserZone();
  const timeZone = values.timeZone || browserZone || "UTC";
  const startsLocal =
    prefill && !startEdited
      ? newWebinarDefaults({ ...prefill, now: new Date(prefill.now), zone: timeZone }).startsLocal
      : values.startsLocal;
  const done = { onSuccess: () => router.refresh() };
  const create = useMutation(
    trpc.manage.webinars.create.mutationOptions(
      props.createdHref
        ? {
            onSuccess: () => {
              router.push(props.createdHref!);
              router.refresh();
            },
          }
        : done,
    ),
  );
  const update = useMutation(trpc.manage.webinars.update.mutationOptions(done));
  const mutation = props.webinarId ? update : create;
  const errors = fieldErrors(mutation.error);
  const set = <K extends keyof WebinarFormValues>(key: K, value: WebinarFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const id = (name: string) => `webinar-${props.webinarId ?? "new"}-${name}`;
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const input = { programId: props.programId, ...values, startsLocal, timeZone };
        if (props.webinarId) update.mutate({ ...input, webinarId: props.webinarId });
        else
          create.mutate(input, {
            onSuccess: () => {
              if (props.createdHref) return;
              setValues({ ...blank, timeZone });
            },
          });
      }}
    >
      <FormError message={mutation.error?.message} />
      <Field id={id("title")} label={t("title")} error={errors.title}>
        <Input
          id={id("title")}
          value={values.title}
          maxLength={200}
          required
          invalid={!!errors.title}
          onChange={(e) => set("title", e.target.value)}
        />
      </Field>
      <Field id={id("description")} label={t("description")} error={errors.description}>
        <Textarea
          id={id("description")}
          rows={3}
          maxLength={5000}
          value={values.description}
          invalid={!!errors.description}
          onChange={(e) => set("description", e.target.value)}
        />
      </Field>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id={id("start")} label={t("start")} hint={t("startHint")} error={errors.startsLocal}>
          <Input
            id={id("start")}
            type="datetime-local"
            value={startsLocal}
            required
            invalid={!!errors.startsLocal}
            onChange={(e) => {
              setStartEdited(true);
              set("startsLocal", e.target.value);
            }}
          />
        </Field>
        <Field id={id("zone")} label={t("timeZone")} error={errors.timeZone}>
          <Select
            id={id("zone")}
            value={timeZone}
            invalid={!!errors.timeZone}
            onChange={(e) => set("timeZone", e.target.value)}
          >
            {(zones.includes(timeZone) ? zones : [timeZone, ...zones]).map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={id("duration")} label={t("duration")} error={errors.durationMinutes}>
          <Input
            id={id("duration")}
            type="number"
            min={5}
            max={1440}
            step={5}
            value={values.durationMinutes}
            invalid={!!errors.durationMinutes}
            onChange={(e) => set("durationMinutes", Number(e.target.value))}
          />
        </Field>
        <Field
          id={id("capacity")}
          label={t("capacity")}
          hint={t("capacityHint")}
          error={errors.capacity}
        >
          <Input
            id={id("capacity")}
            type="number"
            min={1}
            value={values.capacity ?? ""}
            invalid={!!errors.capacity}
            onChange={(e) => set("capacity", e.target.value ? Number(e.target.value) : null)}
          />
        </Field>
      </div>
      <Field id={id("join")} label={t("joinUrl")} hint={t("joinUrlHint")} error={errors.joinUrl}>
        <Input
          id={id("join")}
          type="url"
          inputMode="url"
          value={values.joinUrl}
          required
          invalid={!!errors.joinUrl}
          onChange={(e) => set("joinUrl", e.target.value)}
        />
      </Field>
      {props.tiers.length > 0 && (
        <fieldset>
          <legend className="text-sm font-medium text-zinc-800">{t("audience")}</legend>
          <p className="text-xs text-zinc-600">{t("audienceHint")}</p>
          <div className="mt-2 flex flex-wrap gap-4">
            {props.tiers.map((tier) => (
              <label key={tier.key} className="flex min-h-10 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="h-4 w-4"
                  checked={values.audienceTierKeys.includes(tier.key)}
                  onChange={(e) =>
                    set(
                      "audienceTierKeys",
                      e.target.checked
                        ? [...values.audienceTierKeys, tier.key]
                        : values.audienceTierKeys.filter((key) => key !== tier.key),
                    )
                  }
                />
                {tier.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="submit"
          disabled={mutation.isPending || (create.isSuccess && !!props.createdHref)}
        >
          {props.webinarId ? t("save") : t("schedule")}
        </Button>
        {update.isSuccess && (
          <span role="status" className="text-sm text-green-800">
            {t("saved")}
          </span>
        )}
        {create.data && (
          <span role="status" className="text-sm text-green-800" data-testid="webinar-created">
            {t("scheduled")}{" "}
            <Link
              href={`/manage/${props.slug}/webinars/${create.data.id}`}
              className="text-brand-700 underline"
            >
              {t("open", { title: create.data.title })}
            </Link>
          </span>
        )}
      </div>
    </form>
  );
}
