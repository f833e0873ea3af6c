import { AsyncLocalStorage } from "node:async_hooks";

type RequestContext = { reqId: string };

const KEY = Symbol.for("rally.observability.request-context");
type Holder = { [KEY]?: AsyncLocalStorage<RequestContext> };

/**
 * One store per process, kept on globalThis: Next bundles its own copy of this module into the
 * route handlers, and their log lines must still see the id the web server gave the request.
 */
const store = ((globalThis as Holder)[KEY] ??= new AsyncLocalStorage<RequestContext>());

/** Runs `fn` with `reqId` attached to every log line written while it (and what it awaits) runs. */
export function withRequestId<T>(reqId: string, fn: () => T): T {
  return store.run({ reqId }, fn);
}

/** The id of the request (or job) being handled, if any. */
export function currentRequestId(): string | undefined {
  return store.getStore()?.reqId;
}
