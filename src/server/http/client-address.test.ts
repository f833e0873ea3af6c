import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, forwardClientAddress, webClientIp } from "./client-address";

function request(remoteAddress: string, headers: Record<string, string>): IncomingMessage {
  return { socket: { remoteAddress }, headers: { ...headers } } as unknown as IncomingMessage;
}

const forged = {
  "x-forwarded-for": "198.51.100.1",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-real-ip": "198.51.100.2",
  forwarded: "for=198.51.100.3",
  [CLIENT_IP_HEADER]: "198.51.100.4",
};

describe("forwardClientAddress", () => {
  it("without a trusted proxy takes the socket's peer and drops every forwarding header", () => {
    const req = request("::ffff:203.0.113.9", forged);
    forwardClientAddress(req, 0);
    expect(req.headers).toEqual({ [CLIENT_IP_HEADER]: "203.0.113.9" });
  });

  it("behind a trusted proxy takes the entry it wrote and keeps the headers", () => {
    const req = request("10.0.0.2", { ...forged, "x-forwarded-for": "6.6.6.6, 198.51.100.1" });
    forwardClientAddress(req, 1);
    expect(req.headers[CLIENT_IP_HEADER]).toBe("198.51.100.1");
    expect(req.headers["x-forwarded-host"]).toBe("evil.example");
  });

  it("never passes on a client's own client-address header", () => {
    const req = request("", { [CLIENT_IP_HEADER]: "198.51.100.4" });
    forwardClientAddress(req, 1);
    expect(req.headers[CLIENT_IP_HEADER]).toBeUndefined();
  });
});

describe("webClientIp", () => {
  it("reads only the client-address header, and only an address", () => {
    expect(webClientIp(new Headers({ [CLIENT_IP_HEADER]: "2001:db8::1" }))).toBe("2001:db8::1");
    expect(webClientIp(new Headers({ [CLIENT_IP_HEADER]: "not-an-ip" }))).toBeNull();
    expect(webClientIp(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBeNull();
  });
});
