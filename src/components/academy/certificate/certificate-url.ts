import "server-only";
import { headers } from "next/headers";

/**
 * The certificate's verification address as it is shared: the configured public address
 * (AUTH_URL, set in production and by the launcher), else the address this request came to.
 */
export async function certificateUrl(code: string): Promise<string> {
  let base = process.env.AUTH_URL;
  if (!base) {
    const request = await headers();
    const host = request.get("x-forwarded-host") ?? request.get("host") ?? "localhost:3000";
    base = `${request.get("x-forwarded-proto") ?? "http"}://${host}`;
  }
  return `${base.replace(/\/+$/, "")}/certificates/${encodeURIComponent(code)}`;
}
