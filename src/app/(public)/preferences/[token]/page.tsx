import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "~/components/ui/card";
import { getDb } from "~/server/db/client";
import { verifyEmailLinkToken } from "~/server/email/links";
import { loadEnrollmentPreferences } from "~/server/services/subscribers/partner-email-preferences";
import { getSubscriberPreferences } from "~/server/services/subscribers/subscriber-preferences";
import { PartnerPreferencesForm } from "./partner-form";
import { SubscriberPreferencesForm } from "./subscriber-form";
import { timeZoneChoices } from "~/lib/time-zones";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("subscribers.preferences"))("title") };
}

/** The preference center, reached from every bulk email by a signed link: no sign-in. */
export default async function PreferencesPage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const t = await getTranslations("subscribers.preferences");
  const payload = verifyEmailLinkToken(token);
  const db = getDb();
  const subscriber =
    payload?.kind === "subscriber" ? await getSubscriberPreferences(db, payload.id) : null;
  const partner =
    payload?.kind === "partner" ? await loadEnrollmentPreferences(db, payload.id) : null;
  const program = subscriber ?? partner;

  return (
    <div className="mx-auto max-w-lg space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {program && (
          <p className="mt-1 text-sm text-zinc-600">
            {t("description", { program: program.programName })}
          </p>
        )}
      </div>
      <Card>
        {!program && (
          <div role="alert">
            <h2 className="text-lg font-semibold">{t("invalidTitle")}</h2>
            <p className="mt-1 text-sm text-zinc-700">{t("invalid")}</p>
          </div>
        )}
        {subscriber && (
          <>
            <p className="mb-4 text-sm text-zinc-700" data-testid="subscription-status">
              {t("address", { email: subscriber.email })}{" "}
              <strong>{t(`status.${subscriber.status}`)}</strong>
            </p>
            {subscriber.status === "confirmed" ? (
              <SubscriberPreferencesForm
                token={token}
                current={subscriber}
                timeZones={timeZoneChoices(subscriber.timeZone)}
              />
            ) : (
              <Link
                href={`/p/${subscriber.programSlug}/subscribe`}
                className="text-sm text-brand-700 underline"
              >
                {t("subscribeAgain")}
              </Link>
            )}
          </>
        )}
        {partner && <PartnerPreferencesForm token={token} current={partner} />}
      </Card>
    </div>
  );
}
