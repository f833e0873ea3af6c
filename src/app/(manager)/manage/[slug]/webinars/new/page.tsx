import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { Card } from "~/components/ui/card";
import { WebinarForm } from "~/components/webinars/manage/webinar-form";

/**
 * A new webinar on a page of its own (the console's overview links here), prefilled to be
 * scheduled with little more than a title; once scheduled, the manager sees it listed.
 */
export default async function NewWebinarPage(props: { params: Promise<{ slug: string }> }) {
  const { slug } = await props.params;
  const { caller, program } = await managedProgram(slug);
  const ref = { programId: program.id };
  const [t, tLaunch, tiers, defaults] = await Promise.all([
    getTranslations("webinars.manage"),
    getTranslations("launch.webinar"),
    caller.manage.webinars.audienceOptions(ref),
    caller.manage.webinars.defaults(ref),
  ]);
  const base = `/manage/${program.slug}/webinars`;
  return (
    <div className="space-y-4">
      <Link href={base} className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <Card>
        <h2 className="font-semibold">{tLaunch("newTitle")}</h2>
        <p className="mb-4 mt-1 text-sm text-zinc-600">
          {defaults.joinUrl ? tLaunch("prefilled") : tLaunch("prefilledNoLink")} {t("scheduleBody")}
        </p>
        <WebinarForm
          programId={program.id}
          slug={program.slug}
          tiers={tiers}
          prefill={{
            now: new Date().toISOString(),
            title: tLaunch("title"),
            joinUrl: defaults.joinUrl,
          }}
          createdHref={base}
        />
      </Card>
    </div>
  );
}
