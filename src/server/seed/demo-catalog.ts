/**
 * What the demo shop sells and who buys it: products with realistic prices (minor units) and
 * customer addresses. Pure data and small pickers for the conversion plan.
 */
import { trackingSecretSetting } from "~/env";
import { partnerName } from "./demo-people";
import { intBetween, pick, weightedIndex, type Random } from "./demo-random";

export type Product = { name: string; category: "course" | "bundle" | "software"; price: number };

const courses: Product[] = [
  { name: "TypeScript Fundamentals", category: "course", price: 4_900 },
  { name: "React in Depth", category: "course", price: 7_900 },
  { name: "CSS Layout Mastery", category: "course", price: 2_900 },
  { name: "Node.js APIs", category: "course", price: 6_900 },
  { name: "UX Research Basics", category: "course", price: 3_900 },
  { name: "Figma for Developers", category: "course", price: 1_900 },
  { name: "Testing JavaScript", category: "course", price: 9_900 },
  { name: "PostgreSQL for App Developers", category: "course", price: 12_900 },
];
const bundles: Product[] = [
  { name: "Frontend Developer Path", category: "bundle", price: 19_900 },
  { name: "Full-Stack Path", category: "bundle", price: 29_900 },
  { name: "Design Systems Bundle", category: "bundle", price: 14_900 },
];
const software: Product[] = [
  { name: "Northwind IDE Pro (1 year)", category: "software", price: 8_900 },
  { name: "Northwind IDE Team (5 seats)", category: "software", price: 24_900 },
  { name: "Snippet Manager Lifetime", category: "software", price: 12_900 },
];

/** A product: mostly single courses, some bundles, a fifth software licences. */
export function pickProduct(random: Random): Product {
  const shelf = [courses, bundles, software][weightedIndex(random, [0.65, 0.15, 0.2])]!;
  return pick(random, shelf);
}

const mailDomains = ["gmail.example", "outlook.example", "proton.example", "mail.example"];
/** Disposable-address services on the fraud list (disposable-domains.ts). */
const disposableDomains = ["mailinator.com", "yopmail.com", "10minutemail.com"];

/** A customer's email, plain ASCII; `n` keeps addresses distinct. */
export function customerEmail(random: Random, n: number): string {
  const name = partnerName(intBetween(random, 0, 191))
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z ]/g, "")
    .replace(" ", ".");
  return `${name}.${n}@${pick(random, mailDomains)}`;
}

export function disposableEmail(random: Random, n: number): string {
  return `deal.hunter.${n}@${pick(random, disposableDomains)}`;
}

/**
 * recordConversion hashes customers' and partners' emails with the tracking secret
 * (TRACKING_SECRET, else AUTH_SECRET; customer-hash.ts) and fails without one. The demo
 * records no conversions then, rather than failing half-way.
 */
export function trackingSecretPresent(): boolean {
  return Boolean(trackingSecretSetting());
}
