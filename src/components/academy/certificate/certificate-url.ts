import "server-only";
import { appUrl } from "~/env";

/** The certificate's verification address as it is shared: on the app's public address. */
export async function certificateUrl(code: string): Promise<string> {
  return `${appUrl()}/certificates/${encodeURIComponent(code)}`;
}
