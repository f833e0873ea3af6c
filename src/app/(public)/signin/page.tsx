import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { isDemoMode } from "~/server/auth/demo";
import { demoSignIn } from "./actions";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata() {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage(props: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await props.searchParams;
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {params.error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {params.error === "Verification" ? t("linkExpired") : t("genericError")}
        </p>
      )}
      <Card>
        <SignInForm next={params.callbackUrl ?? params.next} />
      </Card>
      {isDemoMode() && (
        <Card className="border-amber-300 bg-amber-50">
          <h2 className="font-semibold text-amber-900">{t("demoTitle")}</h2>
          <p className="mt-1 text-sm text-amber-900">{t("demoBody")}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <form action={demoSignIn}>
              <input type="hidden" name="who" value="partner" />
              <Button type="submit">{t("demoPartner")}</Button>
            </form>
            <form action={demoSignIn}>
              <input type="hidden" name="who" value="manager" />
              <Button type="submit" variant="secondary">
                {t("demoManager")}
              </Button>
            </form>
          </div>
          <p className="mt-3 text-xs text-amber-900">
            <Link href="/dev/mailbox" className="underline">
              {t("openMailbox")}
            </Link>
          </p>
        </Card>
      )}
    </div>
  );
}
