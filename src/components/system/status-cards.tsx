import { getFormatter, getTranslations } from "next-intl/server";
import type { SystemReport } from "~/server/services/system/system-report";
import { byteSize } from "./byte-size";
import { Facts, ReportCard, Technical } from "./report-card";

export async function VersionsCard({ versions }: { versions: SystemReport["versions"] }) {
  const t = await getTranslations("manager.system");
  return (
    <ReportCard
      title={t("versions")}
      status={
        versions.postgres
          ? { tone: "green", label: t("running") }
          : { tone: "red", label: t("databaseUnreachable") }
      }
    >
      <Facts
        items={[
          { term: t("rally"), value: versions.rally },
          { term: t("node"), value: versions.node },
          { term: t("postgres"), value: versions.postgres ?? t("unreadable") },
        ]}
      />
    </ReportCard>
  );
}

export async function MigrationsCard({ migrations }: { migrations: SystemReport["migrations"] }) {
  const t = await getTranslations("manager.system");
  if (!migrations.ok) {
    return (
      <ReportCard title={t("migrations")} status={{ tone: "red", label: t("unreadable") }}>
        <Technical>{migrations.error}</Technical>
      </ReportCard>
    );
  }
  const status = migrations.value;
  const tone = status.unknown > 0 || status.pending.length > 0 ? "red" : "green";
  const label =
    status.unknown > 0
      ? t("migrationsNewer")
      : status.pending.length > 0
        ? t("migrationsPending", { count: status.pending.length })
        : t("upToDate");
  return (
    <ReportCard title={t("migrations")} status={{ tone, label }}>
      <Facts
        items={[
          {
            term: t("applied"),
            value: t("appliedOf", { applied: status.applied, total: status.total }),
          },
          { term: t("latest"), value: status.latest ?? t("none") },
          ...(status.pending.length > 0
            ? [{ term: t("pending"), value: status.pending.join(", ") }]
            : []),
        ]}
      />
      {status.unknown > 0 && <p>{t("migrationsNewerHelp")}</p>}
      {status.unknown === 0 && status.pending.length > 0 && <p>{t("migrationsPendingHelp")}</p>}
    </ReportCard>
  );
}

export async function EmailCard({ email }: { email: SystemReport["email"] }) {
  const t = await getTranslations("manager.system");
  const label = { smtp: t("emailSmtp"), resend: t("emailResend"), outbox: t("emailOutbox") };
  return (
    <ReportCard
      title={t("email")}
      status={
        email.kind === "outbox"
          ? { tone: "amber", label: label.outbox }
          : { tone: "green", label: label[email.kind] }
      }
    >
      {email.kind === "outbox" && <p>{t("emailOutboxHelp")}</p>}
      <Technical>{email.detail}</Technical>
      <p className="text-zinc-600">{t("emailDoctor")}</p>
    </ReportCard>
  );
}

export async function StorageCard({ storage }: { storage: SystemReport["storage"] }) {
  const t = await getTranslations("manager.system");
  const format = await getFormatter();
  const size = (bytes: number) => {
    const { value, unit } = byteSize(bytes);
    return format.number(value, { style: "unit", unit, maximumFractionDigits: 1 });
  };
  const status = !storage.writable
    ? ({ tone: "red", label: t("notWritable") } as const)
    : storage.exists
      ? ({ tone: "green", label: t("writable") } as const)
      : ({ tone: "zinc", label: t("notCreatedYet") } as const);
  return (
    <ReportCard title={t("storage")} status={status}>
      <Facts
        items={[
          { term: t("folder"), value: storage.path },
          {
            term: t("freeSpace"),
            value:
              storage.freeBytes === null || storage.totalBytes === null
                ? t("unreadable")
                : t("freeOf", { free: size(storage.freeBytes), total: size(storage.totalBytes) }),
          },
        ]}
      />
      {storage.writable && !storage.exists && <p>{t("notCreatedYetHelp")}</p>}
      {storage.problem && <Technical>{storage.problem}</Technical>}
    </ReportCard>
  );
}
