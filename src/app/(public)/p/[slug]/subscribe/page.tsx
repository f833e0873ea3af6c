import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Card } from "~/components/ui/card";
import { getDb } from "~/server/db/client";
import { programForSubscribe } from "~/server/services/subscribers/public-lookups";
import { SubscribeForm } from "./subscribe-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(props: Props) {
  const { slug } = await props.params;
  const program = await programForSubscribe(getDb(), slug);
  const t = await getTranslations("subscribers.form");
  return { title: program ? t("title", { program: program.name }) : t("titlePlain") };
}

/** The public subscribe form of a program: no account needed, double opt-in by email. */
export default async function SubscribePage(props: Props) {
  const { slug } = await props.params;
  const program = await programForSubscribe(getDb(), slug);
  if (!program) notFound();
  const t = await getTranslations("subscribers.form");
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title", { program: program.name })}</h1>
        <p className="mt-1 text-sm text-zinc-600">{t("description")}</p>
      </div>
      <Card>
        <SubscribeForm slug={slug} />
      </Card>
    </div>
  );
}
