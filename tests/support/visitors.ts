/**
 * Visitors of tracking links: one visit (the redirect's status and click id), or a steady load
 * of them that keeps every answer, to count afterwards which clicks must be stored.
 */
import { Agent, get } from "node:http";

/** A desktop Chrome: counted as a person, not filtered as a bot. */
export const BROWSER =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

export type Visit = { status: number; clickId: string | null } | { status: "error"; error: string };

export function visit(
  port: number,
  code: string,
  agent: Agent | false,
  host = "localhost",
): Promise<Visit> {
  return new Promise((resolve) => {
    const req = get(
      { host, port, path: `/r/${code}`, agent, headers: { "user-agent": BROWSER } },
      (res) => {
        res.resume();
        const location = res.headers.location;
        resolve({
          status: res.statusCode ?? 0,
          clickId: location ? new URL(location).searchParams.get("rly_click") : null,
        });
      },
    );
    req.setTimeout(20_000, () => req.destroy(new Error("no answer within 20 s")));
    req.on("error", (error) => resolve({ status: "error", error: error.message }));
  });
}

/**
 * `concurrency` visitors, each waiting `pauseMs` between visits, until stop() is called; every
 * answer is kept. The pause keeps the load realistic: at full speed a closed loop on a busy
 * machine can spool clicks faster than a replay that shares the cores can write them, which
 * measures the machine rather than the spool (the outage benchmark measures throughput).
 */
export function visitorLoad(
  port: number,
  codes: string[],
  concurrency: number,
  pauseMs = 0,
  host = "localhost",
) {
  const answers: Visit[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let running = true;
  const loops = Array.from({ length: concurrency }, async (_, k) => {
    for (let n = k; running; n++) {
      answers.push(await visit(port, codes[n % codes.length]!, agent, host));
      if (pauseMs > 0) await sleep(pauseMs);
    }
  });
  return {
    answers,
    async stop() {
      running = false;
      await Promise.all(loops);
      agent.destroy();
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
