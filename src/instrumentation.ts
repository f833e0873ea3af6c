/**
 * Runs once when a Next.js server starts (`next dev`, `next start`; not during `next build`):
 * a missing or invalid setting stops the web app before it serves anything, as it stops the
 * ingest server and the worker. In production that includes AUTH_URL (see webRequirements),
 * also when the web app is started without the launcher.
 */
export async function register() {
  // Next replaces NEXT_RUNTIME at build time per bundle; it says which runtime loads this file,
  // it is not configuration.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkEnvAtStart, webRequirements } = await import("./env");
  checkEnvAtStart("web", webRequirements());
}
