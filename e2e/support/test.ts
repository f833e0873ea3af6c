import { test as base, expect, type BrowserContext } from "@playwright/test";

/**
 * Every spec's `test`: Playwright's, plus a guard that fails the test when a page reports a
 * Content-Security-Policy violation (a script, style, image or frame the policy blocked), in
 * the default context and in any context the test opens itself.
 */
export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ browser, context }, runTest) => {
      const violations: string[] = [];
      const watch = async (watched: BrowserContext) => {
        // The DOM event, with the directive and what it blocked, from every frame that can
        // run scripts; Chromium's console message covers frames that cannot (sandboxed ones).
        await watched.exposeBinding("__reportCspViolation", (_source, text: string) => {
          violations.push(text);
        });
        await watched.addInitScript(() => {
          document.addEventListener("securitypolicyviolation", (event) => {
            const report = (window as unknown as { __reportCspViolation?: (t: string) => void })
              .__reportCspViolation;
            report?.(
              `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} on ${event.documentURI}`,
            );
          });
        });
        watched.on("console", (message) => {
          const text = message.text();
          if (/Refused to |Content Security Policy/i.test(text)) {
            violations.push(`${text} (${message.location().url})`);
          }
        });
      };
      await watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const created = await newContext(...args);
        await watch(created);
        return created;
      };
      try {
        await runTest();
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
