import { sql } from "drizzle-orm";
import { getDb } from "~/server/db/client";

export const dynamic = "force-dynamic";

/** For load balancers and the start script: the app answers and its database does too. */
export async function GET() {
  try {
    await getDb().execute(sql`select 1`);
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
