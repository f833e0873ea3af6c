/**
 * Runs once when a Next.js server starts (`next dev`, `next start`; not during `next build`):
 * a missing or invalid setting stops the web app before it serves anything, as it stops the
 * ingest server and the worker.
 */
export async function register() {
  // Next replaces NEXT_RUNTIME at build time per bundle; it says which runtime loads this file,
  // it is not configuration.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkEnvAtStart } = await import("./env");
  checkEnvAtStart("web");
}
