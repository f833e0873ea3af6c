import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EmptyState, PageHeader } from "~/components/ui/card";
import { mailboxEnabled } from "~/server/auth/demo";
import { latestEmails, linksIn } from "~/server/email/mailbox";

export const dynamic = "force-dynamic";

export default async function MailboxPage(props: {
  searchParams: Promise<{ to?: string | string[] }>;
}) {
  if (!mailboxEnabled()) notFound();
  const { to } = await props.searchParams;
  const t = await getTranslations("mailbox");
  const format = await getFormatter();
  // ?to=someone@example.com shows only their mail.
  const messages = await latestEmails({ to: typeof to === "string" ? to : undefined });
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      {messages.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <ul className="space-y-4">
          {messages.map((message) => (
            <li
              key={message.id}
              className="rounded-lg border border-zinc-200 bg-white p-4"
              data-testid="mail"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-semibold">{message.subject}</h2>
                <time className="text-xs text-zinc-500" dateTime={message.createdAt.toISOString()}>
                  {format.dateTime(message.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                </time>
              </div>
              <p className="text-sm text-zinc-600">
                {t("to")} <span data-testid="mail-to">{message.to}</span> · {message.status}
              </p>
              <ul className="mt-2 space-y-1">
                {linksIn(message.text).map((link) => (
                  <li key={link} className="break-all text-sm">
                    <a href={link} className="text-brand-700 underline">
                      {link}
                    </a>
                  </li>
                ))}
              </ul>
              <details className="mt-2">
                <summary className="cursor-pointer text-sm text-zinc-700">
                  {t("showMessage")}
                </summary>
                <iframe
                  title={message.subject}
                  sandbox=""
                  srcDoc={message.html}
                  className="mt-2 h-96 w-full rounded border border-zinc-200"
                />
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
