/** Absolute links in emails point at the public address of the web app. */
export function appUrl(path: string): string {
  const base = process.env.AUTH_URL ?? process.env.APP_URL ?? "http://localhost:3000";
  return new URL(path, base).toString();
}
