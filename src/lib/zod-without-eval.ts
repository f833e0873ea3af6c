import { z } from "zod";

/*
 * In the browser zod compiles object parsers with `new Function`, and probes whether it may by
 * calling it once. The pages' Content-Security-Policy forbids eval (src/proxy.ts), so the probe
 * alone is reported as a policy violation on every page that parses a form. Parsing without
 * the compiler gives the same results. Imported for this effect by the client provider that
 * every page loads (src/lib/trpc/client.tsx).
 */
if (typeof window !== "undefined") z.config({ jitless: true });
