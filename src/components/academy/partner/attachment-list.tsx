import { useTranslations } from "next-intl";

type Attachment = {
  id: string;
  name: string;
  kind: string;
  byteSize: number | null;
  downloadUrl: string | null;
};

/** Downloads from the creative library that go with the lesson. */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  const t = useTranslations("academyUi.player");
  return (
    <section
      aria-labelledby="lesson-attachments"
      className="rounded-lg border border-zinc-200 bg-white p-4"
    >
      <h2 id="lesson-attachments" className="font-semibold">
        {t("attachments")}
      </h2>
      <ul className="mt-2 space-y-2 text-sm">
        {attachments.map((attachment) => (
          <li key={attachment.id} className="flex flex-wrap items-center gap-2">
            {attachment.downloadUrl ? (
              <a href={attachment.downloadUrl} className="text-brand-700 underline" download>
                {attachment.name}
              </a>
            ) : (
              <span>{attachment.name}</span>
            )}
            {attachment.byteSize !== null && (
              <span className="text-xs text-zinc-600">
                {t("size", { kb: Math.max(1, Math.round(attachment.byteSize / 1024)) })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
