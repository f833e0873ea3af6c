import { redirect } from "next/navigation";
import { api } from "~/server/api/server-caller";

/** The signed-in person for a page, or a redirect to sign-in. */
export async function requireUser() {
  const caller = await api();
  const me = await caller.account.me().catch(() => null);
  if (!me) redirect("/signin");
  return { me, caller };
}
