const first = [
  "Anna",
  "Jakub",
  "Olga",
  "Piotr",
  "Irina",
  "Marek",
  "Sofia",
  "Dmitri",
  "Ewa",
  "Lukas",
  "Nina",
  "Tomasz",
  "Elena",
  "Adam",
  "Zofia",
  "Ivan",
];
const last = [
  "Nowak",
  "Ivanova",
  "Kowalski",
  "Smirnov",
  "Wiśniewska",
  "Petrov",
  "Müller",
  "Lewandowski",
  "Sokolova",
  "Garcia",
  "Kaminski",
  "Orlova",
];

/** A stable, varied partner name for the index. */
export function partnerName(index: number): string {
  return `${first[index % first.length]} ${last[Math.floor(index / first.length) % last.length]}`;
}

/** A small deterministic PRNG (mulberry32): the demo is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
