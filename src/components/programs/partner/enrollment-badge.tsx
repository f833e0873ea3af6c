import { getTranslations } from "next-intl/server";
import { Badge } from "~/components/ui/status-badge";
import type { EnrollmentState } from "~/server/services/enrollments/enrollment-state";

const tone = {
  none: "zinc",
  pending: "amber",
  active: "green",
  needsTerms: "amber",
  rejected: "red",
  suspended: "red",
  training: "blue",
} as const;

export async function EnrollmentBadge({ state }: { state: EnrollmentState }) {
  const t = await getTranslations("partner.state");
  return <Badge tone={tone[state]}>{t(state)}</Badge>;
}
