import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "~/components/ui/button";
import { FilterInput, FilterSelect } from "~/components/ui/filter-field";
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "~/server/services/audit/audit-actions";

export type AuditFilterValues = {
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  q?: string;
};

/** A plain GET form: every search of the log is a URL a manager can keep or share. */
export async function AuditFilters(props: { values: AuditFilterValues; clearHref: string }) {
  const t = await getTranslations("manager.audit");
  const tActions = await getTranslations("manager.audit.actions");
  const tTargets = await getTranslations("manager.audit.targets");
  const { values } = props;
  const field = (name: keyof AuditFilterValues, type = "text", placeholder?: string) => (
    <FilterInput
      id={`audit-${name}`}
      name={name}
      label={t(`fields.${name}`)}
      value={values[name]}
      type={type}
      placeholder={placeholder}
    />
  );
  return (
    <form
      role="search"
      aria-label={t("filtersLabel")}
      className="grid gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {field("q", "search", t("qPlaceholder"))}
      <FilterSelect
        id="audit-action"
        name="action"
        label={t("fields.action")}
        value={values.action}
        any={t("anyAction")}
        options={AUDIT_ACTIONS.map((action) => ({ value: action, label: tActions(action) }))}
      />
      {field("actor", "search", t("actorPlaceholder"))}
      <FilterSelect
        id="audit-targetType"
        name="targetType"
        label={t("fields.targetType")}
        value={values.targetType}
        any={t("anyTarget")}
        options={AUDIT_TARGET_TYPES.map((type) => ({ value: type, label: tTargets(type) }))}
      />
      {field("targetId")}
      {field("from", "date")}
      {field("to", "date")}
      <div className="flex items-end gap-3">
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
        <Link href={props.clearHref} className="py-2 text-sm text-brand-700 underline">
          {t("clear")}
        </Link>
      </div>
      <p className="text-xs text-zinc-600 sm:col-span-2 lg:col-span-4">{t("utcNote")}</p>
    </form>
  );
}
