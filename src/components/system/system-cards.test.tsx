import { createFormatter, createTranslator } from "next-intl";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { locales, type Locale } from "~/i18n/locales";
import { messages } from "~/i18n/messages";
import type { SystemReport } from "~/server/services/system/system-report";
import { QueueTable } from "./queue-table";
import { EmailCard, MigrationsCard, StorageCard, VersionsCard } from "./status-cards";

// The cards are server components: next-intl's request-bound helpers are stood in for by the
// same translator and formatter, in the locale under test, reporting any key that is missing.
const current = { locale: "en" as Locale, missing: [] as string[] };
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) =>
    createTranslator({
      locale: current.locale,
      messages: messages[current.locale],
      namespace: namespace as "manager.system",
      onError: (error) => current.missing.push(error.message),
    }),
  getFormatter: async () => createFormatter({ locale: current.locale, timeZone: "UTC" }),
}));

const render = async (card: Promise<ReactElement>) =>
  renderToString(await card).replace(/<!-- -->/g, "");

const report: SystemReport = {
  versions: { rally: "0.1.0", node: "v20.20.2", postgres: "18.1" },
  migrations: {
    ok: true,
    value: { applied: 40, total: 42, pending: ["0040_a", "0041_b"], latest: "0039_c", unknown: 0 },
  },
  queues: {
    ok: true,
    value: {
      installed: true,
      missing: ["digests-send"],
      queues: [
        {
          name: "ledger-approve-due",
          created: 3,
          retry: 1,
          active: 0,
          failed: 2,
          lastCompletedAt: new Date("2026-12-07T10:00:00Z"),
          lastFailedAt: null,
        },
      ],
    },
  },
  email: { kind: "outbox", detail: "no provider" },
  storage: {
    path: "/srv/rally/storage",
    exists: true,
    writable: true,
    freeBytes: 5 * 1024 ** 3,
    totalBytes: 20 * 1024 ** 3,
    problem: null,
  },
  checkedAt: new Date("2026-12-07T12:00:00Z"),
};

async function renderAll() {
  return [
    await render(VersionsCard({ versions: report.versions })),
    await render(MigrationsCard({ migrations: report.migrations })),
    await render(EmailCard({ email: report.email })),
    await render(StorageCard({ storage: report.storage })),
    await render(QueueTable({ queues: report.queues })),
  ].join("\n");
}

beforeEach(() => {
  current.missing = [];
});

describe("the System page's cards", () => {
  for (const locale of locales) {
    it(`render in ${locale} with every message present`, async () => {
      current.locale = locale;
      await renderAll();
      expect(current.missing).toEqual([]);
    });
  }

  it("show pending migrations, an outbox, free space and the queues' counts", async () => {
    current.locale = "en";
    const html = await renderAll();
    expect(html).toContain("2 pending");
    expect(html).toContain("0040_a, 0041_b");
    expect(html).toContain("Outbox only");
    expect(html).toContain("5 GB free of 20 GB");
    expect(html).toContain("ledger-approve-due");
    expect(html).toMatch(/>3<\/td>.*>1<\/td>.*>0<\/td>.*>2<\/td>/s);
    expect(html).toContain("Dec 7, 2026");
    expect(html).toContain("Never");
    expect(html).toContain("digests-send");
  });

  it("say why a part could not be read, and when the worker never started", async () => {
    current.locale = "en";
    const migrations = await render(MigrationsCard({ migrations: { ok: false, error: "boom" } }));
    expect(migrations).toContain("Could not be read");
    expect(migrations).toContain("boom");
    const queues = await render(
      QueueTable({ queues: { ok: true, value: { installed: false, queues: [], missing: [] } } }),
    );
    expect(queues).toContain("The worker has not started yet");
    const storage = await render(
      StorageCard({
        storage: { ...report.storage, writable: false, problem: "EACCES: permission denied" },
      }),
    );
    expect(storage).toContain("Not writable");
    expect(storage).toContain("EACCES: permission denied");
  });
});
