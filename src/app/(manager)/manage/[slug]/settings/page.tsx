import { getTranslations } from "next-intl/server";
import { AddManagerForm } from "~/components/programs/manage/add-manager-form";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { ManagerList } from "~/components/programs/manage/manager-list";
import { ProgramForm } from "~/components/programs/manage/program-form";
import { PublishTermsForm } from "~/components/programs/manage/publish-terms-form";
import { Card } from "~/components/ui/card";

export default async function SettingsPage(props: { params: Promise<{ slug: string }> }) {
  const { slug } = await props.params;
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("manager.settings");
  const [details, managers, me] = await Promise.all([
    caller.manage.programs.get({ programId: program.id }),
    caller.manage.programs.managers({ programId: program.id }),
    caller.account.me(),
  ]);
  return (
    <div className="space-y-6">
      <Card>
        <h2 className="mb-4 font-semibold">{t("general")}</h2>
        <ProgramForm
          programId={program.id}
          initial={{
            name: details.name,
            description: details.description,
            currency: details.currency,
            cookieWindowDays: details.cookieWindowDays,
            holdPeriodDays: details.holdPeriodDays,
            payoutCoolingDays: details.payoutCoolingDays,
            allowedDomains: details.allowedDomains,
            allowedImageHosts: details.allowedImageHosts,
            approvalMode: details.approvalMode,
          }}
        />
      </Card>
      <Card>
        <h2 className="mb-1 font-semibold">{t("terms")}</h2>
        <p className="mb-4 text-sm text-zinc-600">{t("termsHelp")}</p>
        <PublishTermsForm
          programId={program.id}
          current={details.terms.body}
          version={details.terms.version}
        />
      </Card>
      <Card>
        <h2 className="mb-4 font-semibold">{t("managers")}</h2>
        <ManagerList programId={program.id} currentUserId={me?.id ?? ""} managers={managers} />
        <AddManagerForm programId={program.id} />
      </Card>
    </div>
  );
}
