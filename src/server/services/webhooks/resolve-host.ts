import dns from "node:dns";
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";
import { isPublicAddress, type WebhookUrlPolicy } from "./url-policy";

export type HostProblem = "unresolved" | "private";

type Resolve = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemResolve: Resolve = (hostname) =>
  dns.promises.lookup(hostname, { all: true, verbatim: true });

/**
 * Resolves an endpoint's host when it is saved, so a manager hears at once that it points to a
 * private network or to no server at all. Every address must be public: a name answering both
 * a public and a private address would otherwise pass one check and hit the other.
 */
export async function checkWebhookHost(
  hostname: string,
  policy: WebhookUrlPolicy,
  resolve: Resolve = systemResolve,
): Promise<HostProblem | null> {
  if (policy.allowLocal || isIP(hostname)) return null;
  let addresses: { address: string }[];
  try {
    addresses = await resolve(hostname);
  } catch {
    return "unresolved";
  }
  if (addresses.length === 0) return "unresolved";
  return addresses.every((entry) => isPublicAddress(entry.address)) ? null : "private";
}

/**
 * The DNS lookup the delivery's socket connects with. Checking the name when it is saved is
 * not enough (its DNS can change afterwards, or answer differently on each query to slip past
 * a check: DNS rebinding), so the addresses are checked here, on the very answer the
 * connection uses.
 */
export function guardedLookup(policy: WebhookUrlPolicy): LookupFunction | undefined {
  if (policy.allowLocal) return undefined;
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as unknown as dns.LookupAddress[];
      const refused = list.find((entry) => !isPublicAddress(entry.address));
      if (refused || list.length === 0) {
        const problem = new Error(`refused: ${hostname} resolves to a non-public address`);
        return callback(Object.assign(problem, { code: "EWEBHOOKPRIVATE" }), "", 0);
      }
      if (options.all) return (callback as AllCallback)(null, list);
      const first = list[0]!;
      callback(null, first.address, first.family);
    });
  };
}

type AllCallback = (error: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void;
