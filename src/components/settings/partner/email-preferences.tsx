import { getTranslations } from "next-intl/server";
import { EmptyState } from "~/components/ui/card";
import { timeZoneChoices } from "~/lib/time-zones";
import { EmailPreferencesForm, TimeZoneForm } from "./email-preferences-form";

type Preferences = {
  timeZone: string;
  programs: {
    enrollmentId: string;
    programName: string;
    newsletters: boolean;
    announcements: boolean;
    digest: "weekly" | "monthly" | "off";
  }[];
};

/** The settings section for which program mail a partner gets, and when digests arrive. */
export async function EmailPreferencesSection({ preferences }: { preferences: Preferences }) {
  const t = await getTranslations("subscribers.partner");
  return (
    <section aria-labelledby="email-preferences-title" className="space-y-3">
      <div>
        <h2 id="email-preferences-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-zinc-600">{t("description")}</p>
      </div>
      <div className="rounded-lg border border-zinc-200 bg-white p-5 shadow-sm">
        <TimeZoneForm
          current={preferences.timeZone}
          timeZones={timeZoneChoices(preferences.timeZone)}
        />
      </div>
      {preferences.programs.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {preferences.programs.map((program) => (
            <li
              key={program.enrollmentId}
              className="rounded-lg border border-zinc-200 bg-white p-5 shadow-sm"
            >
              <EmailPreferencesForm {...program} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
