import { sql, type SQL } from "drizzle-orm";
import type { NewsletterAudience } from "~/server/db/schema";

/**
 * The addresses a newsletter goes to, as rows (email, enrollment_id, subscriber_id, locale):
 * approved partners (not those in training) who did not turn newsletters off, optionally of
 * some tiers, and confirmed subscribers, optionally wanting a topic (no topics chosen: all).
 * One row per lower-cased address: someone in both lists gets one message, in the partner's
 * language, and the row keeps both ids so either unsubscribe counts.
 */
export function audienceRows(programId: string, audience: NewsletterAudience): SQL {
  const tiers = JSON.stringify(audience.tierKeys);
  const topic = audience.topic ?? null;
  return sql`
    select email,
      (array_agg(enrollment_id order by rank) filter (where enrollment_id is not null))[1] as enrollment_id,
      (array_agg(subscriber_id order by rank) filter (where subscriber_id is not null))[1] as subscriber_id,
      (array_agg(locale order by rank))[1] as locale
    from (
      select lower(u.email) as email, e.id as enrollment_id, null::uuid as subscriber_id,
        u.locale, 0 as rank
      from enrollments e
      join users u on u.id = e.partner_id
      left join partner_email_preferences p on p.enrollment_id = e.id
      where ${audience.partners}
        and e.program_id = ${programId}
        and e.status = 'approved'
        and coalesce(p.newsletters, true)
        and (jsonb_array_length(${tiers}::jsonb) = 0
          or e.tier_key in (select jsonb_array_elements_text(${tiers}::jsonb)))
      union all
      select lower(s.email), null::uuid, s.id, s.locale, 1
      from subscribers s
      where ${audience.subscribers}
        and s.program_id = ${programId}
        and s.status = 'confirmed'
        and (${topic}::text is null or cardinality(s.topics) = 0 or ${topic}::text = any(s.topics))
    ) candidates
    group by email`;
}
