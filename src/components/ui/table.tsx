import type { ReactNode } from "react";
import { cn } from "~/lib/cn";

/**
 * The console's table: bordered, horizontally scrollable on a phone, with a caption for
 * screen readers. Rows and cells stay plain <tr>/<td> so pages keep full control of content.
 */
export function Table(props: {
  caption: string;
  headers: { label: ReactNode; align?: "left" | "right"; key?: string }[];
  children: ReactNode;
  className?: string;
  /**
   * False leaves the table out of the page's landmarks, where the page or the section around
   * it already names what it lists: a second landmark would only repeat that to screen readers.
   */
  landmark?: boolean;
}) {
  const landmark = props.landmark ?? true;
  return (
    // Focusable, so keyboard users can scroll a table wider than a phone's screen.
    <div
      role={landmark ? "region" : undefined}
      aria-label={landmark ? props.caption : undefined}
      tabIndex={0}
      className={cn(
        "relative overflow-x-auto rounded-lg border border-zinc-200 bg-white",
        props.className,
      )}
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{props.caption}</caption>
        <thead className="bg-zinc-50 text-zinc-600">
          <tr>
            {props.headers.map((header, index) => (
              <th
                key={header.key ?? index}
                scope="col"
                className={cn("px-4 py-2 font-medium", header.align === "right" && "text-right")}
              >
                {header.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">{props.children}</tbody>
      </table>
    </div>
  );
}

/** A body cell with the table's padding; numbers align right. */
export function Cell(props: { children?: ReactNode; numeric?: boolean; className?: string }) {
  return (
    <td
      className={cn(
        "px-4 py-2",
        props.numeric && "text-right tabular-nums whitespace-nowrap",
        props.className,
      )}
    >
      {props.children}
    </td>
  );
}
