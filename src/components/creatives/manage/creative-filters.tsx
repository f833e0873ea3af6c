import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Button } from "~/components/ui/button";
import { FilterInput, FilterSelect } from "~/components/ui/filter-field";
import { creativeKinds, suggestedLanguages } from "~/lib/validation/creatives";
import { languageName } from "./language-name";

/** The filters as they arrive in the URL: anything malformed is simply ignored. */
export const creativeFiltersSchema = z.object({
  kind: z.enum(creativeKinds).optional().catch(undefined),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/)
    .optional()
    .catch(undefined),
  tag: z.string().trim().toLowerCase().max(32).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(["active", "archived", "all"]).catch("active").default("active"),
});
export type CreativeFilterValues = z.output<typeof creativeFiltersSchema>;

/** A plain GET form: it works without JavaScript and every filtered view is a shareable URL. */
export async function CreativeFilters({ values }: { values: CreativeFilterValues }) {
  const t = await getTranslations("creatives.manage.filters");
  const tKind = await getTranslations("creatives.manage.kinds");
  const locale = await getLocale();
  const languages = [
    ...new Set([...suggestedLanguages, ...(values.language ? [values.language] : [])]),
  ];
  return (
    <form
      role="search"
      aria-label={t("label")}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] lg:items-end"
    >
      <FilterInput id="creatives-q" name="q" label={t("search")} value={values.q} type="search" />
      <FilterSelect
        id="creatives-type"
        name="kind"
        label={t("type")}
        value={values.kind}
        any={t("any")}
        options={creativeKinds.map((kind) => ({ value: kind, label: tKind(kind) }))}
      />
      <FilterSelect
        id="creatives-language"
        name="language"
        label={t("language")}
        value={values.language}
        any={t("any")}
        options={languages.map((code) => ({ value: code, label: languageName(code, locale) }))}
      />
      <FilterInput id="creatives-tag" name="tag" label={t("tag")} value={values.tag} />
      <FilterSelect
        id="creatives-status"
        name="status"
        label={t("status")}
        value={values.status}
        options={(["active", "archived", "all"] as const).map((status) => ({
          value: status,
          label: t(`statuses.${status}`),
        }))}
      />
      <Button type="submit" variant="secondary">
        {t("apply")}
      </Button>
    </form>
  );
}
