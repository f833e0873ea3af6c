const KEYS = ["tieBreak.firstToReach", "tieBreak.shared", "lateRefundRule"] as const;
type RuleKey = (typeof KEYS)[number];

/**
 * The server names the rules it states to partners by message key ("contests.lateRefundRule"):
 * the text lives with the server's other contest messages. Narrowed to the known keys so a
 * key the UI does not know yet shows nothing rather than a raw key.
 */
export function statedRule(t: (key: RuleKey) => string, key: string): string | null {
  const local = key.replace(/^contests\./, "");
  return (KEYS as readonly string[]).includes(local) ? t(local as RuleKey) : null;
}
