import type { CreateProgram } from "~/server/services/programs/create-program";

const terms = (name: string, rate: string) => `${name} — partner terms

1. Commissions: ${rate}. Commissions are approved after the hold period, when the order can no longer be refunded.
2. Promote honestly: no brand bidding on paid search, no cookie stuffing, no spam, no misleading claims.
3. Links must point to the program's allowed domains; disclose your affiliate relationship to your audience.
4. Payouts are made monthly once your approved balance reaches the minimum threshold.
5. We may suspend partners who break these terms; commissions from fraudulent traffic are reversed.`;

export const demoPrograms: CreateProgram[] = [
  {
    slug: "demo",
    name: "Northwind Learning Affiliates",
    description:
      "Online courses for developers and designers. 8% on every course sale (12% on software), per-click and per-view pay, 90-day cookie.",
    currency: "USD",
    cookieWindowDays: 90,
    holdPeriodDays: 30,
    allowedDomains: ["northwind.example", "learn.northwind.example"],
    approvalMode: "manual",
    terms: terms("Northwind Learning Affiliates", "8% of every course sale, 12% of software sales"),
  },
  {
    slug: "outdoor",
    name: "Acme Outdoor Partners",
    description: "Tents, backpacks and trail gear. 8% on physical goods, instant approval.",
    currency: "EUR",
    cookieWindowDays: 30,
    holdPeriodDays: 45,
    allowedDomains: ["acme-outdoor.example"],
    approvalMode: "auto",
    terms: terms("Acme Outdoor Partners", "8% of each order's net value"),
  },
  {
    slug: "studio",
    name: "Pixel Studio Program",
    description:
      "Design tools subscriptions for agencies and freelancers in Poland. 30 PLN per trial sign-up.",
    currency: "PLN",
    cookieWindowDays: 60,
    holdPeriodDays: 14,
    allowedDomains: ["pixelstudio.example"],
    approvalMode: "manual",
    terms: terms("Pixel Studio Program", "30 PLN per confirmed trial and 20% of the first payment"),
  },
];
