/**
 * A real SMTP server (the `smtp-server` package) on a free port, for the SMTP transport's
 * tests: it keeps what it receives, and can refuse recipients (550 at RCPT TO) or drop the
 * connection in the middle of a message.
 */
import type { Socket } from "node:net";
import { SMTPServer } from "smtp-server";
import { freePort } from "../../support/free-port";

export type ReceivedMail = {
  envelopeTo: string[];
  /** Header names lower-case, folded lines joined. */
  headers: Map<string, string>;
  /** The body with quoted-printable undone, so links can be searched as written. */
  body: string;
};

export function smtpTestServer() {
  const received: ReceivedMail[] = [];
  const logins: { username: string; password: string }[] = [];
  const refused = new Set<string>();
  const sockets = new Set<Socket>();
  let drops = 0;

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    // Plain text on loopback: with STARTTLS offered, nodemailer would upgrade and refuse the
    // server's self-signed certificate.
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 500,
    onAuth(auth, _session, callback) {
      logins.push({ username: auth.username ?? "", password: auth.password ?? "" });
      callback(null, { user: auth.username });
    },
    onRcptTo(address, _session, callback) {
      if (!refused.has(address.address.toLowerCase())) return callback();
      const error = Object.assign(new Error(`<${address.address}>: mailbox unavailable`), {
        responseCode: 550,
      });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (drops > 0) {
          // As a crashed server or a broken network would: no answer to the message at all.
          drops -= 1;
          for (const socket of sockets) socket.destroy();
          return;
        }
        received.push({
          envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          ...parse(Buffer.concat(chunks).toString("utf8")),
        });
        callback();
      });
    },
  });
  server.server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  return {
    received,
    logins,
    /** RCPT TO for this address is answered 550 until `accept` is called. */
    refuse: (address: string) => refused.add(address.toLowerCase()),
    accept: (address: string) => refused.delete(address.toLowerCase()),
    /** The next `count` messages are read and then the connection is cut without an answer. */
    dropNext(count = 1) {
      drops = count;
    },
    reset() {
      received.length = 0;
      logins.length = 0;
      refused.clear();
      drops = 0;
    },
    async start(): Promise<number> {
      const port = await freePort();
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, "localhost", () => resolve());
      });
      return port;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function parse(raw: string): Omit<ReceivedMail, "envelopeTo"> {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = raw
    .slice(split + 4)
    .replace(/=\r\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return { headers, body };
}
