import { getTranslations } from "next-intl/server";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { OverrideLevelsForm } from "~/components/commission-rules/manage/override-levels-form";
import { RuleActions } from "~/components/commission-rules/manage/rule-actions";
import { RuleForm } from "~/components/commission-rules/manage/rule-form";
import { ruleToForm } from "~/components/commission-rules/manage/rule-form-values";
import { RuleSummary } from "~/components/commission-rules/manage/rule-summary";
import { Card, EmptyState } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";

export default async function CommissionsPage(props: { params: Promise<{ slug: string }> }) {
  const { slug } = await props.params;
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("commissionRules");
  const { rules, currency, overrideBps } = await caller.manage.commissionRules.list({
    programId: program.id,
  });
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <p className="text-sm text-zinc-600">{t("description")}</p>
      </div>
      {rules.length === 0 ? (
        <EmptyState title={t("list.emptyTitle")} body={t("list.emptyBody")} />
      ) : (
        <ul className="space-y-3" aria-label={t("list.caption")}>
          {rules.map((rule) => (
            <li
              key={rule.id}
              className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm"
              data-testid="commission-rule"
            >
              <div className="mb-2 flex flex-wrap items-center gap-2">
                <h3 className="font-semibold">{rule.name}</h3>
                <Badge tone="blue">{t(`events.${rule.event}`)}</Badge>
                <Badge tone={rule.active ? "green" : "zinc"}>
                  {rule.active ? t("list.active") : t("list.inactive")}
                </Badge>
                <span className="text-xs text-zinc-500">
                  {t("list.priority", { priority: rule.priority })}
                </span>
              </div>
              <RuleSummary rule={rule} currency={currency} />
              <div className="mt-3">
                <RuleActions
                  programId={program.id}
                  currency={currency}
                  ruleId={rule.id}
                  name={rule.name}
                  active={rule.active}
                  initial={ruleToForm(rule, currency)}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Card>
        <h2 className="mb-4 font-semibold">{t("form.newTitle")}</h2>
        <RuleForm programId={program.id} currency={currency} />
      </Card>
      <Card>
        <h2 className="font-semibold">{t("overrides.title")}</h2>
        <p className="mb-4 mt-1 text-sm text-zinc-600">{t("overrides.body")}</p>
        <OverrideLevelsForm programId={program.id} levels={overrideBps} />
      </Card>
    </div>
  );
}
