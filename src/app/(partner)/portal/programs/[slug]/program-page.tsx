import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/card";
import { api } from "~/server/api/server-caller";

/**
 * The program a portal page's address names, with the caller's state in it: where the slug
 * becomes the id every partner procedure takes. An unknown or malformed slug is a 404.
 */
export async function loadProgramPage(slug: string) {
  try {
    return await (await api()).partner.programs.get({ slug });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}

/** A program page that needs an active partner, shown to one who is not (yet) active. */
export function NotActivePage(props: {
  header: ReactNode;
  programHref: string;
  text: { title: string; body: string; open: string };
}) {
  return (
    <div>
      {props.header}
      <EmptyState
        title={props.text.title}
        body={props.text.body}
        action={
          <Link href={props.programHref} className={buttonClass()}>
            {props.text.open}
          </Link>
        }
      />
    </div>
  );
}
