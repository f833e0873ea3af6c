import { getTranslations } from "next-intl/server";
import { Button } from "~/components/ui/button";

export const conversionTypes = ["sale", "lead", "install", "action"] as const;
export const attributionSources = ["promo_code", "click", "none"] as const;
export const reviewStatuses = ["none", "flagged", "cleared", "rejected"] as const;

export type ConversionFilterValues = {
  type?: (typeof conversionTypes)[number];
  attribution?: (typeof attributionSources)[number];
  review?: (typeof reviewStatuses)[number];
};

/** A plain GET form: filtering works without JavaScript and every filter is a shareable URL. */
export async function ConversionFilters(props: { values: ConversionFilterValues }) {
  const t = await getTranslations("conversions");
  const filters = [
    {
      name: "type",
      label: t("type"),
      options: conversionTypes.map((value) => [value, t(`types.${value}`)] as const),
    },
    {
      name: "attribution",
      label: t("attribution"),
      options: attributionSources.map((value) => [value, t(`attributions.${value}`)] as const),
    },
    {
      name: "review",
      label: t("review"),
      options: reviewStatuses.map((value) => [value, t(`reviews.${value}`)] as const),
    },
  ] as const;
  return (
    <form className="flex flex-wrap items-end gap-3" aria-label={t("filter")}>
      {filters.map((filter) => (
        <div key={filter.name}>
          <label htmlFor={`filter-${filter.name}`} className="block text-xs text-zinc-600">
            {filter.label}
          </label>
          <select
            id={`filter-${filter.name}`}
            name={filter.name}
            defaultValue={props.values[filter.name] ?? ""}
            className="mt-1 rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{t("any")}</option>
            {filter.options.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <Button type="submit" variant="secondary" className="min-h-8 px-3 py-1.5">
        {t("apply")}
      </Button>
    </form>
  );
}
