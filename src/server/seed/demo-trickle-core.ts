/**
 * The demo's live trickle: while the demo runs, visitors follow random demo links through
 * the real ingest server (so clicks take the production path: group commit, rollups, cookie),
 * and now and then one of them buys, recorded by recordConversion as the conversion API
 * would. Dashboards therefore always have something new to show.
 */
import type { Db } from "~/server/db/client";
import { conversionInputSchema } from "~/server/services/conversions/conversion-input";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { trackingSecretPresent } from "./demo-catalog";
import { pick, type Random } from "./demo-random";
import {
  browserUserAgent,
  liveConversion,
  liveCustomer,
  pickLink,
  rateLimitedLog,
  visitUrl,
} from "./demo-trickle-plan";
import { loadWorld, recentClick, type TrickleWorld } from "./demo-trickle-data";

export type TrickleOptions = {
  db: Db;
  /** Where the ingest server answers /r/{code}, without a trailing slash. */
  trackingBaseUrl: string;
  /** Error lines only; they are rate-limited. */
  log: (line: string) => void;
  random?: Random;
};

const REFRESH_MS = 5 * 60_000;
const UNREACHABLE_WARNING_MS = 2 * 60_000;
const between = (random: Random, min: number, max: number) => min + random() * (max - min);

export function startDemoTrickle(options: TrickleOptions): { stop: () => Promise<void> } {
  const { db, trackingBaseUrl } = options;
  const random = options.random ?? Math.random;
  const report = rateLimitedLog(options.log);
  const aborter = new AbortController();
  const visitors: string[] = [];
  const customers: string[] = [];
  let world: TrickleWorld | null = null;
  let loadedAt = 0;
  let unreachableSince: number | null = null;
  let stopped = false;
  let serial = 0;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();

  const every = (task: () => Promise<number>, firstDelayMs: number) => {
    const later = (delayMs: number) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        run();
      }, delayMs);
      timers.add(timer);
    };
    const run = () => {
      if (stopped) return;
      const job = task()
        .catch((error: unknown) => {
          report(task.name, `[rally demo] ${task.name}: ${describe(error)}`);
          return 5_000;
        })
        .then((delayMs) => {
          running.delete(job);
          if (!stopped) later(delayMs);
        });
      running.add(job);
    };
    later(firstDelayMs);
  };

  const current = async () => {
    if (!world || Date.now() - loadedAt > REFRESH_MS) {
      world = await loadWorld(db);
      loadedAt = Date.now();
    }
    return world;
  };

  async function visit(): Promise<number> {
    const link = pickLink(random, (await current())?.links ?? []);
    // The demo program is not there yet (first start still seeding): look again later.
    if (!link) return 10_000;
    // Some visitors come back (same browser, so not unique within the hour).
    const userAgent =
      visitors.length > 0 && random() < 0.3 ? pick(random, visitors) : browserUserAgent(random);
    visitors.push(userAgent);
    if (visitors.length > 20) visitors.shift();
    try {
      const response = await fetch(visitUrl(random, trackingBaseUrl, link.code), {
        redirect: "manual",
        headers: { "user-agent": userAgent, accept: "text/html" },
        signal: AbortSignal.any([aborter.signal, AbortSignal.timeout(10_000)]),
      });
      await response.arrayBuffer();
      unreachableSince = null;
      if (response.status !== 302) {
        report(
          `status-${response.status}`,
          `[rally demo] ${link.code}: ingest answered ${response.status}`,
        );
      }
      return between(random, 1_000, 3_000);
    } catch (error) {
      if (stopped) return 0;
      // The ingest server is starting (or restarting): wait quietly, say so only if it lasts.
      unreachableSince ??= Date.now();
      if (Date.now() - unreachableSince > UNREACHABLE_WARNING_MS) {
        report(
          "unreachable",
          `[rally demo] ${trackingBaseUrl} is not answering (${describe(error)}); still trying`,
        );
      }
      return 3_000;
    }
  }

  async function convert(): Promise<number> {
    // Conversions hash emails with the tracking secret; scripts/demo-trickle.ts provides it.
    if (!trackingSecretPresent()) return 60_000;
    const loaded = await current();
    if (!loaded) return 15_000;
    const { program, promoCodes } = loaded;
    const what = liveConversion(random);
    const byCode = what.type === "sale" && promoCodes.length > 0 && random() < 0.1;
    const link = byCode ? null : pickLink(random, loaded.links);
    const clickId = link ? await recentClick(db, program, link.code) : null;
    if (!byCode && !clickId) return between(random, 10_000, 20_000);
    serial++;
    const input = conversionInputSchema.parse({
      ...what,
      external_id: `LIVE-${Date.now().toString(36)}-${serial}`,
      currency: program.currency,
      ...(byCode ? { promo_code: pick(random, promoCodes) } : { click_id: clickId }),
      customer: liveCustomer(random, customers, serial),
    });
    await recordConversion({ db, program }, input);
    return between(random, 10_000, 20_000);
  }

  every(visit, 1_000);
  every(convert, between(random, 5_000, 10_000));
  return {
    async stop() {
      stopped = true;
      aborter.abort();
      for (const timer of timers) clearTimeout(timer);
      await Promise.allSettled([...running]);
    },
  };
}

/** The root cause in one line (a failed query's message would repeat the whole SQL). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? error.cause.message : error.message;
}
