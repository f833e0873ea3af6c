/**
 * Shared by the webhook tests: a real HTTP receiver on this machine (our own server standing
 * in for a merchant's, not a mock of Rally), and a program whose sales earn a commission.
 */
import http from "node:http";
import { eq } from "drizzle-orm";
import { webhookDeliveries } from "~/server/db/schema/index";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { db } from "../../support/db";
import { callerFor, makePartner } from "../../support/factories";
import { freePort } from "../../support/free-port";
import { addClick, addLink, addRule, programWithKey, uniqueId } from "../conversions/fixtures";

export type Received = { headers: http.IncomingHttpHeaders; body: string };

/** Answers each request with the next queued status (200 when none is queued). */
export async function startReceiver() {
  const port = await freePort();
  const requests: Received[] = [];
  const statuses: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const status = statuses.shift() ?? 200;
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(status < 300 ? "ok" : "receiver is down");
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "localhost", resolve));
  return {
    url: `http://localhost:${port}/hooks/rally`,
    requests,
    /** The statuses of the next answers, in order. */
    answer: (...next: number[]) => statuses.push(...next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** A program with a 10 % sale rule and a partner with a link; `sale` records one through the service. */
export async function shop() {
  const setup = await programWithKey();
  await addRule(setup.program.id, { rateBps: 1000 });
  const partner = await makePartner(setup.program.id);
  const link = await addLink(setup.program.id, partner.enrollment.id);
  const asManager = callerFor(setup.manager.id);
  const input = async (externalId = uniqueId("order")) => ({
    type: "sale" as const,
    external_id: externalId,
    amount: 10_000,
    currency: "EUR",
    click_id: await addClick(link),
  });
  const sale = async (externalId?: string) =>
    recordConversion({ db, program: setup.program }, await input(externalId));
  const endpoint = (url: string, events: string[] = ["conversion.created"]) =>
    asManager.manage.webhooks.create({
      programId: setup.program.id,
      url,
      description: "shop backend",
      events: events as ["conversion.created"],
    });
  return { ...setup, partner, link, asManager, input, sale, endpoint };
}

export async function deliveriesOf(endpointId: string) {
  return db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, endpointId))
    .orderBy(webhookDeliveries.createdAt);
}
