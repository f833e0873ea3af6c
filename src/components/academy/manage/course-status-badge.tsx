import { useTranslations } from "next-intl";
import { Badge } from "~/components/ui/status-badge";

const tones = { draft: "amber", published: "green", archived: "zinc" } as const;

export function CourseStatusBadge({ status }: { status: keyof typeof tones }) {
  const t = useTranslations("academyUi.manage.status.label");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
