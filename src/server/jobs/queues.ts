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
} as const;

export type QueueName = (typeof queues)[keyof typeof queues];

/** What a settle-traffic job may carry: one day, or nothing for "the last few closed days". */
export type SettleTrafficData = { day?: string };
