import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Button } from "~/components/ui/button";
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

const control = "mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm";

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
      <div>
        <label htmlFor="creatives-q" className="block text-xs text-zinc-600">
          {t("search")}
        </label>
        <input
          id="creatives-q"
          name="q"
          type="search"
          defaultValue={values.q}
          className={control}
        />
      </div>
      <div>
        <label htmlFor="creatives-type" className="block text-xs text-zinc-600">
          {t("type")}
        </label>
        <select
          id="creatives-type"
          name="kind"
          defaultValue={values.kind ?? ""}
          className={control}
        >
          <option value="">{t("any")}</option>
          {creativeKinds.map((kind) => (
            <option key={kind} value={kind}>
              {tKind(kind)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="creatives-language" className="block text-xs text-zinc-600">
          {t("language")}
        </label>
        <select
          id="creatives-language"
          name="language"
          defaultValue={values.language ?? ""}
          className={control}
        >
          <option value="">{t("any")}</option>
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageName(code, locale)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="creatives-tag" className="block text-xs text-zinc-600">
          {t("tag")}
        </label>
        <input id="creatives-tag" name="tag" defaultValue={values.tag} className={control} />
      </div>
      <div>
        <label htmlFor="creatives-status" className="block text-xs text-zinc-600">
          {t("status")}
        </label>
        <select
          id="creatives-status"
          name="status"
          defaultValue={values.status}
          className={control}
        >
          {(["active", "archived", "all"] as const).map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {t("apply")}
      </Button>
    </form>
  );
}
