import type { ReactNode } from "react";
import { Card } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";

/** One part of the System page: a title, its state as a badge, and its facts. */
export function ReportCard(props: {
  title: string;
  status: { tone: "green" | "amber" | "red" | "zinc"; label: string };
  children: ReactNode;
}) {
  return (
    <Card>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">{props.title}</h2>
        <Badge tone={props.status.tone}>{props.status.label}</Badge>
      </div>
      <div className="mt-3 space-y-3 text-sm">{props.children}</div>
    </Card>
  );
}

/** Terms and values, one per row; values may be long paths, so they wrap anywhere. */
export function Facts(props: { items: { term: string; value: ReactNode }[] }) {
  return (
    <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[9rem_1fr]">
      {props.items.map((item) => (
        <div key={item.term} className="contents">
          <dt className="text-zinc-600">{item.term}</dt>
          <dd className="break-all">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Text that comes from the server as it is (an error or a server's address), not translated. */
export function Technical({ children }: { children: string }) {
  return <p className="font-mono text-xs break-all text-zinc-600">{children}</p>;
}
