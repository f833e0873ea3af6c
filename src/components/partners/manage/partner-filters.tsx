import { getTranslations } from "next-intl/server";
import { Button } from "~/components/ui/button";
import { PARTNER_SORTS, type PartnerSort } from "~/server/services/partners/list-program-partners";
import { NO_TIER } from "~/server/services/partners/tier-keys";

export type PartnerFilterValues = {
  status?: string;
  q?: string;
  tier?: string;
  sort: PartnerSort;
};

const control = "mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm";

/** A plain GET form: it works without JavaScript and every filtered view is a shareable URL. */
export async function PartnerFilters(props: {
  values: PartnerFilterValues;
  tierOptions: readonly string[];
}) {
  const t = await getTranslations("manager.partners");
  const { values } = props;
  const tiers =
    values.tier && values.tier !== NO_TIER && !props.tierOptions.includes(values.tier)
      ? [...props.tierOptions, values.tier]
      : props.tierOptions;
  return (
    <form
      role="search"
      aria-label={t("filtersLabel")}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-end"
    >
      {values.status && <input type="hidden" name="status" value={values.status} />}
      <div>
        <label htmlFor="partners-q" className="block text-xs text-zinc-600">
          {t("search")}
        </label>
        <input
          id="partners-q"
          name="q"
          type="search"
          defaultValue={values.q}
          placeholder={t("searchPlaceholder")}
          className={control}
        />
      </div>
      <div>
        <label htmlFor="partners-tier" className="block text-xs text-zinc-600">
          {t("tier")}
        </label>
        <select id="partners-tier" name="tier" defaultValue={values.tier ?? ""} className={control}>
          <option value="">{t("anyTier")}</option>
          <option value={NO_TIER}>{t("noTier")}</option>
          {tiers.map((tier) => (
            <option key={tier} value={tier}>
              {tier}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="partners-sort" className="block text-xs text-zinc-600">
          {t("sort")}
        </label>
        <select id="partners-sort" name="sort" defaultValue={values.sort} className={control}>
          {PARTNER_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sorts.${sort}`)}
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
