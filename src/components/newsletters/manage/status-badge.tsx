import { Badge } from "~/components/ui/status-badge";

const tones = {
  draft: "zinc",
  scheduled: "blue",
  sending: "amber",
  sent: "green",
  cancelled: "red",
} as const;

export function NewsletterStatusBadge(props: { status: keyof typeof tones; label: string }) {
  return <Badge tone={tones[props.status]}>{props.label}</Badge>;
}
