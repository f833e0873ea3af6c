import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const LINK_CODE_LENGTH = 8;
// 62 * 4 = 248: bytes at or above it are skipped, so every character is equally likely.
const LIMIT = 248;

/**
 * A short, unguessable link code: 8 base62 characters from the system's CSPRNG, about 47
 * bits, so codes cannot be enumerated to find other partners' links.
 */
export function newLinkCode(length = LINK_CODE_LENGTH): string {
  let code = "";
  while (code.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= LIMIT) continue;
      code += ALPHABET[byte % 62];
      if (code.length === length) break;
    }
  }
  return code;
}

export const linkCodePattern = /^[0-9A-Za-z]{8}$/;
