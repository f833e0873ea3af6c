"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Select } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";
import { FREQUENCIES, type Frequency } from "~/lib/subscriber-topics";

/** One program's mail choices: newsletters, announcements, digest frequency. */
export function EmailPreferencesForm(props: {
  enrollmentId: string;
  programName: string;
  newsletters: boolean;
  announcements: boolean;
  digest: Frequency;
}) {
  const t = useTranslations("subscribers");
  const trpc = useTRPC();
  const [newsletters, setNewsletters] = useState(props.newsletters);
  const [announcements, setAnnouncements] = useState(props.announcements);
  const [digest, setDigest] = useState<Frequency>(props.digest);
  const save = useMutation(trpc.partner.emailPreferences.set.mutationOptions());
  const id = props.enrollmentId;
  return (
    <form
      className="space-y-3"
      aria-label={t("partner.formLabel", { program: props.programName })}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ enrollmentId: id, newsletters, announcements, digest });
      }}
    >
      <h3 className="font-semibold">{props.programName}</h3>
      <FormError message={save.error?.message} />
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={newsletters}
          onChange={(event) => setNewsletters(event.target.checked)}
          className="h-4 w-4"
        />
        {t("partner.newsletters")}
      </label>
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={announcements}
          onChange={(event) => setAnnouncements(event.target.checked)}
          className="h-4 w-4"
        />
        {t("partner.announcements")}
      </label>
      <Field id={`digest-${id}`} label={t("partner.digest")}>
        <Select
          id={`digest-${id}`}
          value={digest}
          onChange={(event) => setDigest(event.target.value as Frequency)}
        >
          {FREQUENCIES.map((value) => (
            <option key={value} value={value}>
              {t(`frequency.${value}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {t("preferences.save")}
        </Button>
        <p role="status" className="text-sm text-green-700">
          {save.isSuccess && !save.isPending ? t("preferences.saved") : ""}
        </p>
      </div>
    </form>
  );
}

/** The zone digests are timed in (Monday 08:00 local). */
export function TimeZoneForm(props: { current: string; timeZones: string[] }) {
  const t = useTranslations("subscribers");
  const trpc = useTRPC();
  const [zone, setZone] = useState(props.current);
  const save = useMutation(trpc.partner.emailPreferences.setTimeZone.mutationOptions());
  return (
    <form
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ timeZone: zone });
      }}
    >
      <div className="sm:flex-1">
        <FormError message={save.error?.message} />
        <Field
          id="partner-time-zone"
          label={t("preferences.timeZone")}
          hint={t("preferences.timeZoneHint")}
        >
          <Select
            id="partner-time-zone"
            value={zone}
            onChange={(event) => setZone(event.target.value)}
          >
            {props.timeZones.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {t("preferences.save")}
        </Button>
        <p role="status" className="text-sm text-green-700">
          {save.isSuccess && !save.isPending ? t("preferences.saved") : ""}
        </p>
      </div>
    </form>
  );
}
