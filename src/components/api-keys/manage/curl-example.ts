/**
 * Copy-paste examples for the integrations page: a plain call and a signed one. Shell, not
 * prose, so they are not translated; the signature recipe matches the ingest server's check
 * (HMAC-SHA256 over "<unix seconds>.<raw body>", hex).
 */
export function curlExamples(endpoint: string, currency: string) {
  const body = JSON.stringify({
    type: "sale",
    external_id: "order-1001",
    amount: 4999,
    currency,
    click_id: "<click id from the landing URL>",
  });
  const plain = [
    `curl -X POST ${endpoint} \\`,
    `  -H "Authorization: Bearer $RALLY_API_KEY" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '${body}'`,
  ].join("\n");
  const signed = [
    `BODY='${body}'`,
    `T=$(date +%s)`,
    `SIG=$(printf '%s.%s' "$T" "$BODY" | openssl dgst -sha256 -hmac "$RALLY_SIGNING_SECRET" -hex | sed 's/^.* //')`,
    `curl -X POST ${endpoint} \\`,
    `  -H "Authorization: Bearer $RALLY_API_KEY" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -H "Rally-Signature: t=$T,v1=$SIG" \\`,
    `  -d "$BODY"`,
  ].join("\n");
  return { plain, signed };
}
