/**
 * One flagged conversion, already formatted by the server in the manager's language. Its own
 * module because both the queue and its rows use it.
 */
export type ReviewRow = {
  id: string;
  order: string;
  type: string;
  partner: string;
  occurredAt: string;
  amount: string;
  commission: string;
  reasons: string[];
  clickToSale: string;
};
