import { randomFillSync } from "node:crypto";

/*
 * Click ids travel in URLs and cookies and are reported back by merchants, so they must be
 * URL-safe, short and unguessable (nobody may claim someone else's click). Base62 keeps them
 * free of characters any URL, cookie or CSV could mangle.
 */
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const TIME_CHARS = 7;
const RANDOM_CHARS = 16;
export const CLICK_ID_LENGTH = TIME_CHARS + RANDOM_CHARS;
const CLICK_ID_PATTERN = new RegExp(`^[0-9A-Za-z]{${CLICK_ID_LENGTH}}$`);

// One syscall fills many ids' worth of randomness: at tens of thousands of clicks per second
// a randomBytes() call per click would show up in the profile.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

function randomByte(): number {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  return pool[poolOffset++]!;
}

/**
 * 7 base62 characters of milliseconds (sortable in byte order, good for 100+ years) followed by
 * 16 random base62 characters (about 95 bits). The time prefix keeps index inserts of
 * concurrent clicks near each other instead of scattered over the whole primary key.
 */
export function newClickId(now = Date.now()): string {
  let time = "";
  let rest = now;
  for (let i = 0; i < TIME_CHARS; i++) {
    time = ALPHABET[rest % 62]! + time;
    rest = Math.floor(rest / 62);
  }
  let random = "";
  while (random.length < RANDOM_CHARS) {
    const byte = randomByte();
    // 248 = 4 * 62: rejecting the top 8 values keeps every character equally likely.
    if (byte < 248) random += ALPHABET[byte % 62];
  }
  return time + random;
}

/** Shape check for click ids arriving from outside (conversion API, cookies). */
export function isClickId(value: string): boolean {
  return CLICK_ID_PATTERN.test(value);
}
