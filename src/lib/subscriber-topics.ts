/**
 * What a subscriber can ask to hear about; an empty choice means everything. Plain constants
 * (no server imports) because the public form renders them in the browser.
 */
export const SUBSCRIBER_TOPICS = ["news", "contests", "webinars", "courses"] as const;
export type SubscriberTopic = (typeof SUBSCRIBER_TOPICS)[number];
export const FREQUENCIES = ["weekly", "monthly", "off"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export function isSubscriberTopic(value: string): value is SubscriberTopic {
  return (SUBSCRIBER_TOPICS as readonly string[]).includes(value);
}
