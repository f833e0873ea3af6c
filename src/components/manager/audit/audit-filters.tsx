import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "~/components/ui/button";
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

const control = "mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm";
const label = "block text-xs text-zinc-600";

/** A plain GET form: every search of the log is a URL a manager can keep or share. */
export async function AuditFilters(props: { values: AuditFilterValues; clearHref: string }) {
  const t = await getTranslations("manager.audit");
  const tActions = await getTranslations("manager.audit.actions");
  const tTargets = await getTranslations("manager.audit.targets");
  const { values } = props;
  const field = (name: keyof AuditFilterValues, type = "text", placeholder?: string) => (
    <div>
      <label htmlFor={`audit-${name}`} className={label}>
        {t(`fields.${name}`)}
      </label>
      <input
        id={`audit-${name}`}
        name={name}
        type={type}
        defaultValue={values[name]}
        placeholder={placeholder}
        className={control}
      />
    </div>
  );
  return (
    <form
      role="search"
      aria-label={t("filtersLabel")}
      className="grid gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {field("q", "search", t("qPlaceholder"))}
      <div>
        <label htmlFor="audit-action" className={label}>
          {t("fields.action")}
        </label>
        <select
          id="audit-action"
          name="action"
          defaultValue={values.action ?? ""}
          className={control}
        >
          <option value="">{t("anyAction")}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {tActions(action)}
            </option>
          ))}
        </select>
      </div>
      {field("actor", "search", t("actorPlaceholder"))}
      <div>
        <label htmlFor="audit-targetType" className={label}>
          {t("fields.targetType")}
        </label>
        <select
          id="audit-targetType"
          name="targetType"
          defaultValue={values.targetType ?? ""}
          className={control}
        >
          <option value="">{t("anyTarget")}</option>
          {AUDIT_TARGET_TYPES.map((type) => (
            <option key={type} value={type}>
              {tTargets(type)}
            </option>
          ))}
        </select>
      </div>
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
