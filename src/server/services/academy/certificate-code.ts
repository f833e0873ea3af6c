import { randomBytes } from "node:crypto";

/**
 * The public code of a certificate's verification link: 16 url-safe characters (96 random
 * bits), so codes cannot be guessed or enumerated from one another.
 */
export function newCertificateCode(): string {
  return randomBytes(12).toString("base64url");
}

export const CERTIFICATE_CODE = /^[A-Za-z0-9_-]{16}$/;
