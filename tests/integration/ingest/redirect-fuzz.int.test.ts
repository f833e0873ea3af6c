/**
 * Open-redirect fuzz: whatever request line arrives — odd codes, encoded or doubled slashes,
 * backslashes, CR/LF, destination-like parameters — the ingest server either redirects to the
 * stored destination of exactly the code in the path, or does not redirect at all, and no
 * request text ever reaches a response header.
 */
import fc from "fast-check";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePartner, makeProgram } from "../../support/factories";
import { BROWSER, makeLink, startIngest } from "./fixtures";

let ingest: Awaited<ReturnType<typeof startIngest>>;
const destinations = new Map<string, string>();

beforeAll(async () => {
  ingest = await startIngest();
  const { program } = await makeProgram();
  const { enrollment } = await makePartner(program.id);
  for (const destination of [
    "https://shop.example.com/product?color=red#reviews",
    "https://shop.example.com/",
    "http://shop.example.com/deals/summer",
  ]) {
    const link = await makeLink(program.id, enrollment.id, { destination });
    destinations.set(link.code, destination);
  }
});
afterAll(() => ingest.close());

type Raw = { status: number; headers: [string, string][]; head: string };

/** Sends the request line exactly as given (no client-side URL handling) and reads the answer. */
function rawGet(port: number, target: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "localhost");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      const head = text.slice(0, text.indexOf("\r\n\r\n"));
      const [statusLine = "", ...lines] = head.split("\r\n");
      const headers = lines.map((line): [string, string] => {
        const colon = line.indexOf(":");
        return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
      });
      resolve({ status: Number(statusLine.split(" ")[1]), headers, head });
    });
    // write, not end: a half-closed socket may be closed before a delayed answer is written.
    socket.write(
      Buffer.from(
        `GET ${target} HTTP/1.1\r\nHost: localhost\r\nUser-Agent: ${BROWSER}\r\nConnection: close\r\n\r\n`,
        "latin1",
      ),
    );
  });
}

const EVIL_VALUES = [
  "https://evil.com",
  "//evil.com",
  "/\\evil.com",
  "\\\\evil.com",
  "https:evil.com",
  "javascript:alert(1)",
  "evil.com",
  "https://shop.example.com.evil.com",
  "https://shop.example.com@evil.com",
  "%0d%0aLocation:%20https://evil.com",
  "\r\nLocation: https://evil.com",
  "\r\nSet-Cookie: evil=1",
];
const DESTINATION_KEYS = [
  "url",
  "dest",
  "destination",
  "redirect",
  "redirect_uri",
  "redirect_url",
  "next",
  "to",
  "u",
  "r",
  "return",
  "returnTo",
  "continue",
  "goto",
  "target",
  "link",
  "out",
  "rly_click",
  "sub",
];
const PREFIXES = [
  "/r//",
  "//r/",
  "/r/./",
  "/r/../r/",
  "/R/",
  "/r/%2f",
  "/r\\",
  "\\r\\",
  "/%72/",
  "/r/\\",
];
const SUFFIXES = [
  "/",
  "//evil.com",
  "/..",
  "/%2F%2Fevil.com",
  "\\evil.com",
  "%0d%0aLocation:%20https://evil.com",
  "\r\nLocation: https://evil.com",
  "%00",
  "#frag",
  ".evil.com",
  "@evil.com",
  "%20",
  " HTTP/1.1\r\nX-Evil: 1",
];

const junk = fc.string({ unit: "binary-ascii", maxLength: 12 });
const encodeMaybe = (raw: boolean, text: string) => (raw ? text : encodeURIComponent(text));
/** Mostly well-formed links (so the parameters reach the handler), sometimes anything. */
const mostly = <T>(usual: fc.Arbitrary<T>, other: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: usual }, { weight: 1, arbitrary: other });

const requestTargets = (codes: string[]) =>
  fc
    .record({
      prefix: mostly(fc.constant("/r/"), fc.constantFrom(...PREFIXES)),
      code: mostly(fc.constantFrom(...codes), junk),
      suffix: mostly(fc.constant(""), fc.constantFrom(...SUFFIXES)),
      params: fc.array(
        fc.record({
          key: mostly(fc.constantFrom(...DESTINATION_KEYS), junk),
          value: mostly(fc.constantFrom(...EVIL_VALUES), junk),
          raw: fc.boolean(),
        }),
        { maxLength: 4 },
      ),
    })
    .map(({ prefix, code, suffix, params }) => {
      const query = params
        .map((p) => `${encodeMaybe(p.raw, p.key)}=${encodeMaybe(p.raw, p.value)}`)
        .join("&");
      return { code, target: `${prefix}${code}${suffix}${params.length ? `?${query}` : ""}` };
    });

const ALLOWED_HEADERS = new Set([
  "location",
  "cache-control",
  "set-cookie",
  "content-length",
  "content-type",
  "date",
  "connection",
  "keep-alive",
  "x-content-type-options",
  "referrer-policy",
  "content-security-policy",
  "vary",
  "retry-after",
]);

describe("open-redirect fuzz", () => {
  it("redirects only to the stored destination of the code in the path", async () => {
    // Built here: the codes exist only once beforeAll has run.
    const targets = requestTargets([...destinations.keys()]);
    await fc.assert(
      fc.asyncProperty(targets, async ({ target }) => {
        const answer = await rawGet(ingest.port, target);
        expect(answer.head.toLowerCase()).not.toContain("evil");
        for (const [name] of answer.headers) expect(ALLOWED_HEADERS).toContain(name);

        // A raw space or line break ends the request target as an HTTP parser reads it (the
        // rest is the version or headers); a clean target is one the parser takes whole.
        const clean = !/[\x00-\x20\x7f]/.test(target);
        const exact = /^\/r\/([A-Za-z0-9_-]+)(\?[\x21-\x7e]*)?$/.test(target);
        const leading = /^\/r\/([A-Za-z0-9_-]+)(?=$|[?\s])/.exec(target)?.[1];
        const destination = leading === undefined ? undefined : destinations.get(leading);
        if (clean) expect(answer.status === 302).toBe(exact && destination !== undefined);
        if (answer.status !== 302) {
          expect([400, 404]).toContain(answer.status);
          expect(answer.headers.some(([name]) => name === "location")).toBe(false);
          return;
        }
        if (destination === undefined) throw new Error(`redirected for ${JSON.stringify(target)}`);
        const locations = answer.headers.filter(([name]) => name === "location");
        expect(locations).toHaveLength(1);
        const location = new URL(locations[0]![1]);
        const stored = new URL(destination);
        expect(location.origin + location.pathname + location.hash).toBe(
          stored.origin + stored.pathname + stored.hash,
        );
        const id = location.searchParams.get("rly_click");
        expect(id).toMatch(/^[0-9A-Za-z]{23}$/);
        stored.searchParams.append("rly_click", id!);
        expect(location.search).toBe(stored.search);
        const cookies = answer.headers
          .filter(([name]) => name === "set-cookie")
          .map(([, value]) => value);
        expect(cookies).toEqual([
          `rly_click=${id}; Max-Age=${30 * 86400}; Path=/; HttpOnly; SameSite=Lax`,
        ]);
      }),
      { numRuns: 400 },
    );
  });
});
