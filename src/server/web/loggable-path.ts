/**
 * Pages whose address is the secret: a subscriber's preferences link and a subscription's
 * confirmation link work for whoever holds them, so they must not land in log files.
 */
const CAPABILITY_PAGES = [/^(\/preferences\/)[^/]+/, /^(\/subscribe\/confirm\/)[^/]+/];

/** The request's path as it may be logged: capability tokens replaced by ":token". */
export function loggablePath(path: string): string {
  for (const page of CAPABILITY_PAGES) {
    if (page.test(path)) return path.replace(page, "$1:token");
  }
  return path;
}
