import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "~/components/ui/button";
import { creativeKinds } from "~/server/services/creatives/partner/creative-filters";
import type { CreativeFacets } from "./types";

export type CreativeFilterValues = {
  kind?: string;
  language?: string;
  tag?: string;
  size?: string;
  q?: string;
};

const control = "mt-1 block w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm";

/**
 * The library's filter bar: a plain GET form, so filtering works before JavaScript loads and
 * every filtered view is a link a partner can bookmark. Choices come from the library itself.
 */
export async function CreativeFilters(props: {
  values: CreativeFilterValues;
  facets: CreativeFacets;
  clearHref: string;
}) {
  const t = await getTranslations("creatives.partner.filters");
  const tKind = await getTranslations("creatives.partner.kinds");
  const selects = [
    {
      name: "kind",
      label: t("kind"),
      options: creativeKinds.map((kind) => [kind, tKind(kind)] as const),
    },
    {
      name: "language",
      label: t("language"),
      options: props.facets.languages.map((code) => [code, code.toUpperCase()] as const),
    },
    { name: "size", label: t("size"), options: props.facets.sizes.map((s) => [s, s] as const) },
    { name: "tag", label: t("tag"), options: props.facets.tags.map((tag) => [tag, tag] as const) },
  ] as const;
  const filtered = Object.values(props.values).some(Boolean);
  return (
    <form
      className="grid grid-cols-2 items-end gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
      aria-label={t("label")}
    >
      <div className="col-span-2 sm:col-span-3 lg:col-span-2">
        <label htmlFor="creative-search" className="block text-xs text-zinc-700">
          {t("search")}
        </label>
        <input
          id="creative-search"
          type="search"
          name="q"
          defaultValue={props.values.q ?? ""}
          maxLength={100}
          className={control}
        />
      </div>
      {selects.map((select) => (
        <div key={select.name}>
          <label htmlFor={`creative-${select.name}`} className="block text-xs text-zinc-700">
            {select.label}
          </label>
          <select
            id={`creative-${select.name}`}
            name={select.name}
            defaultValue={props.values[select.name] ?? ""}
            className={control}
          >
            <option value="">{t("any")}</option>
            {select.options.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="col-span-2 flex items-center gap-3 sm:col-span-3 lg:col-span-6">
        <Button type="submit" variant="secondary" className="min-h-9 px-3 py-1.5">
          {t("apply")}
        </Button>
        {filtered && (
          <Link href={props.clearHref} className="text-sm text-brand-700 underline">
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
