"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Field, Select } from "~/components/ui/field";
import { useTRPC } from "~/lib/trpc/client";
import { useDebounced } from "./use-debounced";

export type AudienceValue = {
  partners: boolean;
  tierKeys: string[];
  subscribers: boolean;
  topic?: string;
};

type Topic = "news" | "contests" | "webinars" | "courses";

/** Partners (some tiers), subscribers (a topic), or both, with the live recipient count. */
export function AudiencePicker(props: {
  programId: string;
  value: AudienceValue;
  onChange: (value: AudienceValue) => void;
  tiers: { key: string; name: string }[];
  topics: readonly Topic[];
  error?: string;
}) {
  const t = useTranslations("newsletters.compose");
  const trpc = useTRPC();
  const { value, onChange } = props;
  const key = useDebounced(JSON.stringify(value), 400);
  const audience = JSON.parse(key) as AudienceValue & { topic?: Topic };
  const valid = audience.partners || audience.subscribers;
  const estimate = useQuery(
    trpc.manage.newsletters.estimate.queryOptions(
      { programId: props.programId, audience },
      { enabled: valid, placeholderData: keepPreviousData },
    ),
  );
  const check = "flex min-h-10 items-center gap-2 text-sm";
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-zinc-800">{t("audience")}</legend>
      {props.error && (
        <p role="alert" className="text-xs text-red-700">
          {props.error}
        </p>
      )}
      <div>
        <label className={check}>
          <input
            type="checkbox"
            className="h-4 w-4"
            checked={value.partners}
            onChange={(e) => onChange({ ...value, partners: e.target.checked })}
          />
          {t("partners")}
        </label>
        <p className="ml-6 text-xs text-zinc-600">{t("partnersHint")}</p>
        {value.partners && props.tiers.length > 0 && (
          <fieldset className="ml-6 mt-2">
            <legend className="text-xs font-medium text-zinc-700">{t("tiers")}</legend>
            <p className="text-xs text-zinc-600">{t("tiersHint")}</p>
            <div className="flex flex-wrap gap-4">
              {props.tiers.map((tier) => (
                <label key={tier.key} className={check}>
                  <input
                    type="checkbox"
                    className="h-4 w-4"
                    checked={value.tierKeys.includes(tier.key)}
                    onChange={(e) =>
                      onChange({
                        ...value,
                        tierKeys: e.target.checked
                          ? [...value.tierKeys, tier.key]
                          : value.tierKeys.filter((k) => k !== tier.key),
                      })
                    }
                  />
                  {tier.name}
                </label>
              ))}
            </div>
          </fieldset>
        )}
      </div>
      <div>
        <label className={check}>
          <input
            type="checkbox"
            className="h-4 w-4"
            checked={value.subscribers}
            onChange={(e) => onChange({ ...value, subscribers: e.target.checked })}
          />
          {t("subscribers")}
        </label>
        <p className="ml-6 text-xs text-zinc-600">{t("subscribersHint")}</p>
        {value.subscribers && (
          <div className="ml-6 mt-2 max-w-xs">
            <Field id="newsletter-topic" label={t("topic")}>
              <Select
                id="newsletter-topic"
                value={value.topic ?? ""}
                onChange={(e) => onChange({ ...value, topic: e.target.value || undefined })}
              >
                <option value="">{t("anyTopic")}</option>
                {props.topics.map((topic) => (
                  <option key={topic} value={topic}>
                    {t(`topics.${topic}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        )}
      </div>
      <p role="status" className="text-sm text-zinc-700" data-testid="newsletter-estimate">
        {!valid
          ? null
          : estimate.data
            ? t("estimate", { count: estimate.data.recipients })
            : t("estimating")}
        {valid && estimate.data && estimate.data.suppressed > 0 && (
          <span className="block text-xs text-zinc-600">
            {t("estimateSuppressed", { count: estimate.data.suppressed })}
          </span>
        )}
      </p>
    </fieldset>
  );
}
