"use client";

import { useTranslations } from "next-intl";
import { Field, Select } from "~/components/ui/field";
import { localeNames, locales } from "~/i18n/locales";
import { FREQUENCIES, SUBSCRIBER_TOPICS } from "~/lib/subscriber-topics";
import { PreferenceCenterForm } from "./preference-center-form";

export type SubscriberChoices = {
  topics: string[];
  frequency: string;
  locale: string;
  timeZone: string;
};

export function SubscriberPreferencesForm(props: {
  token: string;
  current: SubscriberChoices;
  timeZones: string[];
}) {
  const t = useTranslations("subscribers");
  const { current } = props;
  return (
    <PreferenceCenterForm token={props.token}>
      <fieldset>
        <legend className="text-sm font-medium text-zinc-800">{t("form.topics")}</legend>
        <p className="text-xs text-zinc-500">{t("form.topicsHint")}</p>
        <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
          {SUBSCRIBER_TOPICS.map((topic) => (
            <label key={topic} className="flex min-h-10 items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="topics"
                value={topic}
                defaultChecked={current.topics.includes(topic)}
                className="h-4 w-4"
              />
              {t(`topics.${topic}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="pref-frequency" label={t("preferences.frequency")}>
        <Select id="pref-frequency" name="frequency" defaultValue={current.frequency}>
          {FREQUENCIES.map((value) => (
            <option key={value} value={value}>
              {t(`frequency.${value}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="pref-locale" label={t("form.language")}>
        <Select id="pref-locale" name="locale" defaultValue={current.locale}>
          {locales.map((code) => (
            <option key={code} value={code}>
              {localeNames[code]}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="pref-zone" label={t("preferences.timeZone")} hint={t("preferences.timeZoneHint")}>
        <Select id="pref-zone" name="timeZone" defaultValue={current.timeZone}>
          {props.timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </Select>
      </Field>
    </PreferenceCenterForm>
  );
}
