import { Button, Heading, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import { autoText, describeAnnouncement, type AnnouncementKind } from "~/lib/announcements";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { messages } from "~/i18n/messages";
import { renderMarkdown } from "~/server/markdown/render-markdown";
import { appUrl } from "./components/app-url";
import { buttonStyle, EmailLayout, textStyle } from "./components/layout";

/** Program news, posted by a manager or written when the program's terms of work changed. */
export type AnnouncementProps = {
  programName: string;
  programSlug: string;
  kind: AnnouncementKind;
  title: string;
  /** Markdown (managers' news); empty for automatic announcements. */
  body: string;
  data: Record<string, unknown>;
  /** The recipient's preference center, when the sender has one to offer. */
  preferencesUrl?: string;
  /** Hosts the program allows images from (besides its own files); none when left out. */
  imageHosts?: string[];
};

export const announcementPreviewProps: AnnouncementProps = {
  programName: "Northwind Learning",
  programSlug: "demo",
  kind: "news",
  title: "Summer campaign starts on Monday",
  body: "New **summer banners** are in the library, and the [landing page](https://example.com) has a fresh look.",
  data: {},
};

function headline(locale: Locale, props: AnnouncementProps) {
  const described = describeAnnouncement(props, locale);
  if (described.kind === "news") return { title: described.title, lines: [] as string[] };
  const t = createTranslator({
    locale,
    messages: messages[locale],
    namespace: "announcements.auto",
  });
  return {
    title: autoText(t, described.title),
    lines: described.lines.map((line) => autoText(t, line)),
  };
}

export function announcementSubject(locale: Locale, props: AnnouncementProps) {
  return translator(locale)("emails.announcement.subject", {
    program: props.programName,
    title: headline(locale, props).title,
  });
}

export default function AnnouncementEmail({
  locale,
  ...props
}: AnnouncementProps & { locale: Locale }) {
  const t = translator(locale);
  const { title, lines } = headline(locale, props);
  return (
    <EmailLayout
      locale={locale}
      preview={announcementSubject(locale, props)}
      footer={t("emails.announcement.footer", { program: props.programName })}
    >
      <Heading as="h2" style={{ fontSize: 18 }}>
        {title}
      </Heading>
      {lines.map((line) => (
        <Text key={line} style={textStyle}>
          {line}
        </Text>
      ))}
      {props.body && (
        // Sanitized by renderMarkdown: scripts, styles, forms and script URLs never survive.
        <div
          style={textStyle}
          dangerouslySetInnerHTML={{ __html: renderMarkdown(props.body, props.imageHosts) }}
        />
      )}
      <Button
        href={appUrl(`/portal/news?program=${encodeURIComponent(props.programSlug)}`)}
        style={buttonStyle}
      >
        {t("emails.announcement.button")}
      </Button>
      {props.preferencesUrl && (
        <Text style={{ ...textStyle, fontSize: 12 }}>
          <a href={props.preferencesUrl}>{t("emails.announcement.preferences")}</a>
        </Text>
      )}
    </EmailLayout>
  );
}
