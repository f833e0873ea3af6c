import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rotateSigningSecret } from "~/server/services/api-keys/rotate-signing-secret";
import { signPayload } from "~/server/tracking/signature";
import { makePartner } from "../../support/factories";
import {
  addClick,
  addLink,
  addRule,
  nowSeconds,
  post,
  programWithKey,
  signed,
  startApi,
  uniqueId,
  writtenRows,
  type Api,
} from "./fixtures";

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const CONVERSIONS = "/api/v1/conversions";

/** A signed-only program with a rule and a click, so an accepted call would write ledger rows. */
async function signedProgram() {
  const setup = await programWithKey({ requireSignature: true });
  await addRule(setup.program.id, { rateBps: 1000 });
  const { enrollment } = await makePartner(setup.program.id);
  const clickId = await addClick(await addLink(setup.program.id, enrollment.id));
  const raw = JSON.stringify({
    type: "sale",
    external_id: uniqueId("order"),
    amount: 5000,
    currency: "EUR",
    click_id: clickId,
  });
  return { ...setup, raw };
}

describe("Rally-Signature", () => {
  it("accepts a correctly signed request", async () => {
    const { key, secret, raw, program } = await signedProgram();
    const reply = await post(api, CONVERSIONS, key, raw, signed(secret, raw));
    expect(reply.status).toBe(201);
    expect(await writtenRows(program.id)).toMatchObject({ conversions: 1, ledger: 1 });
  });

  it("refuses every mutation with 401 and writes nothing", async () => {
    const { key, secret, raw, program } = await signedProgram();
    const t = nowSeconds();
    const otherBody = raw.replace('"amount":5000', '"amount":5001');
    const mutations: [string, Record<string, string>, string][] = [
      ["changed body", signed(secret, raw, t), otherBody],
      ["stale timestamp", signed(secret, raw, t - 301), raw],
      ["future timestamp", signed(secret, raw, t + 301), raw],
      ["missing header", {}, raw],
      ["wrong secret", signed("whsec_someone-elses-secret", raw, t), raw],
      ["malformed header", { "rally-signature": "v1=abc" }, raw],
      [
        "signature of another timestamp",
        { "rally-signature": signPayload(secret, raw, t).replace(`t=${t}`, `t=${t - 1}`) },
        raw,
      ],
    ];
    for (const [label, headers, body] of mutations) {
      const reply = await post(api, CONVERSIONS, key, body, headers);
      expect(reply.status, label).toBe(401);
      expect(reply.body.error?.code, label).toBe("unauthorized");
    }
    expect(await writtenRows(program.id)).toEqual({ conversions: 0, ledger: 0, refunds: 0 });
  });

  it("checks a signature that is sent even when the program does not require one", async () => {
    const { key, program } = await programWithKey({ requireSignature: false });
    const raw = JSON.stringify({ type: "lead", external_id: "l-1", currency: "EUR" });
    const wrong = await post(api, CONVERSIONS, key, raw, signed("whsec_wrong", raw));
    expect(wrong.status).toBe(401);
    expect(await writtenRows(program.id)).toMatchObject({ conversions: 0 });
    expect((await post(api, CONVERSIONS, key, raw)).status).toBe(201);
  });

  it("accepts the old and the new secret during a rotation, only the new one after it", async () => {
    const { key, secret: oldSecret, ctx } = await signedProgram();
    const { signingSecret: newSecret } = await rotateSigningSecret(ctx, { graceHours: 24 });
    expect(newSecret).not.toBe(oldSecret);
    for (const secret of [oldSecret, newSecret]) {
      const raw = JSON.stringify({ type: "lead", external_id: uniqueId("l"), currency: "EUR" });
      expect((await post(api, CONVERSIONS, key, raw, signed(secret, raw))).status).toBe(201);
    }

    // A rotation without grace retires the previous secret at once.
    const { signingSecret: newest } = await rotateSigningSecret(ctx, { graceHours: 0 });
    const raw = JSON.stringify({ type: "lead", external_id: uniqueId("l"), currency: "EUR" });
    expect((await post(api, CONVERSIONS, key, raw, signed(newSecret, raw))).status).toBe(401);
    // The first secret still has its own 24 h grace from the first rotation.
    expect((await post(api, CONVERSIONS, key, raw, signed(oldSecret, raw))).status).toBe(201);
    const raw2 = JSON.stringify({ type: "lead", external_id: uniqueId("l"), currency: "EUR" });
    expect((await post(api, CONVERSIONS, key, raw2, signed(newest, raw2))).status).toBe(201);
  });
});
