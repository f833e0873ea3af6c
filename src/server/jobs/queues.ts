/**
 * Queue names, in one place so the worker, the schedules and anyone sending a job agree.
 * pg-boss 10 needs each queue created before use (createQueues in boss.ts).
 */
export const queues = {
  /** Approve pending ledger entries whose hold period has ended. */
  approveDue: "ledger-approve-due",
  /** Settle CPC/CPV commissions for closed UTC days. */
  settleTraffic: "ledger-settle-traffic",
  /** Carry partners' running totals (rankings) forward to tomorrow. */
  carryRunning: "stats-carry-running",
  /** Send one outbound webhook delivery (the dispatcher enqueues them from the outbox). */
  deliverWebhook: "webhooks-deliver",
  /** Send webinar reminders (a day and an hour before) that are due and not yet sent. */
  remindWebinars: "webinars-remind",
  /** Points for approved results, then badges and tiers of the partners who got points. */
  gamificationAward: "gamification-award",
  /** Daily: streak points, late approvals, every partner's tier (grace periods end). */
  gamificationDaily: "gamification-daily",
  /** Freeze contests whose last day is over: final standings, prizes, winners told. */
  freezeContests: "contests-freeze",
  /** Record the contest milestones partners crossed (points and a notice, once each). */
  contestMilestones: "contests-milestones",
  /** Email announcements not emailed yet (new creatives once their day is over). */
  emailAnnouncements: "announcements-email",
  /** Email eligible partners about contests launched since the last run. */
  emailContestStarted: "contests-started-email",
  /** Daily: email partners of contests whose last day is tomorrow. */
  emailContestEndingSoon: "contests-ending-soon-email",
  /** Partner and subscriber digests of everyone for whom it is now digest time locally. */
  sendDigests: "digests-send",
  /** Start due newsletters and send every one still sending, batch by batch (resumes a crash). */
  sendNewsletters: "newsletters-send",
  /** Daily: forget the public forms' old rate-limit windows. */
  pruneRateLimits: "rate-limits-prune",
} as const;

export type QueueName = (typeof queues)[keyof typeof queues];

/** What a settle-traffic job may carry: one day, or nothing for "the last few closed days". */
export type SettleTrafficData = { day?: string };

/** A webhooks-deliver job: the webhook_deliveries row to send. */
export type DeliverWebhookData = { deliveryId: string };
