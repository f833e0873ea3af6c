import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "~/env";
import { connectionUrl, messageIdFor, senderDomain } from "./smtp";
import { describeEmailTransport, emailTransportKind, verifyEmailTransport } from "./transport";

describe("choosing the email transport", () => {
  it("takes SMTP_URL, else RESEND_API_KEY, else the outbox", () => {
    expect(emailTransportKind({ SMTP_URL: "smtp://localhost:2525" })).toBe("smtp");
    expect(emailTransportKind({ RESEND_API_KEY: "re_x" })).toBe("resend");
    expect(emailTransportKind({})).toBe("outbox");
  });

  it("refuses both providers at once, and SMTP_URLs of another scheme", () => {
    const both = () => parseEnv({ SMTP_URL: "smtps://smtp.example.com", RESEND_API_KEY: "re_x" });
    expect(both).toThrow(EnvError);
    expect(both).toThrow(/SMTP_URL: set either SMTP_URL or RESEND_API_KEY, not both/);
    expect(() => parseEnv({ SMTP_URL: "https://smtp.example.com" })).toThrow(
      /SMTP_URL: must be an smtp\(s\):\/\/ URL/,
    );
    expect(parseEnv({ SMTP_URL: "smtp://u:p@localhost:2525" }).SMTP_URL).toBe(
      "smtp://u:p@localhost:2525",
    );
  });

  it("describes each kind without secrets", () => {
    const smtp = describeEmailTransport({
      SMTP_URL: "smtps://AKIA123:secret-pass@email-smtp.eu-west-1.amazonaws.com",
      EMAIL_FROM: "Rally <a@b.example>",
    });
    expect(smtp).toEqual({
      kind: "smtp",
      detail:
        "SMTP server email-smtp.eu-west-1.amazonaws.com:465 (TLS, with credentials), from Rally <a@b.example>",
    });
    expect(
      describeEmailTransport({ SMTP_URL: "smtp://relay.internal?requireTLS=true" }).detail,
    ).toMatch(/^SMTP server relay\.internal:587 \(STARTTLS required, without credentials\)/);
    const resend = describeEmailTransport({ RESEND_API_KEY: "re_secret" });
    expect(resend.kind).toBe("resend");
    expect(resend.detail).not.toContain("re_secret");
    expect(describeEmailTransport({}).kind).toBe("outbox");
  });

  it("verifies Resend by its key and the outbox always, saying what it means", async () => {
    await expect(verifyEmailTransport({ RESEND_API_KEY: "re_x" })).resolves.toMatchObject({
      ok: true,
    });
    const outbox = await verifyEmailTransport({ NODE_ENV: "production" });
    expect(outbox).toMatchObject({ ok: true, message: expect.stringMatching(/nobody receives/) });
  });
});

describe("SMTP details", () => {
  it("derives one Message-ID per key under the sender's domain", () => {
    const id = messageIdFor("newsletter:1:anna", "Rally <news@Rally.Example>");
    expect(id).toMatch(/^<[0-9a-f]{40}@rally\.example>$/);
    expect(messageIdFor("newsletter:1:anna", "news@rally.example")).toBe(id);
    expect(messageIdFor("newsletter:1:bob", "news@rally.example")).not.toBe(id);
    expect(senderDomain("no address")).toBe("localhost");
  });

  it("adds pooling and bounded waits unless the URL says otherwise", () => {
    const url = new URL(connectionUrl("smtp://u:p%40x@host:25?socketTimeout=5000", { pool: true }));
    expect(url.searchParams.get("pool")).toBe("true");
    expect(url.searchParams.get("connectionTimeout")).toBe("10000");
    expect(url.searchParams.get("socketTimeout")).toBe("5000");
    expect(url.password).toBe("p%40x");
  });
});
