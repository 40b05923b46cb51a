import type { BacklogPlanView, TicketRef } from '../app/contract';
import type { BacklogPlan, ExistingTicket } from './types';

/**
 * One ticket per key: the earliest created (lowest issue number) wins, so
 * every sync picks the same one when a duplicate slipped through.
 */
export function pickCanonical(existing: readonly ExistingTicket[]): {
  canonical: Map<string, ExistingTicket>;
  duplicates: ExistingTicket[];
} {
  const ordered = [...existing].sort((a, b) =>
    issueOrder(a.issueKey, b.issueKey),
  );
  const canonical = new Map<string, ExistingTicket>();
  const duplicates: ExistingTicket[] = [];

  for (const ticket of ordered) {
    if (canonical.has(ticket.property.key)) duplicates.push(ticket);
    else canonical.set(ticket.property.key, ticket);
  }

  return { canonical, duplicates };
}

function issueOrder(a: string, b: string): number {
  const byNumber = issueNumber(a) - issueNumber(b);
  if (byNumber !== 0) return byNumber;
  return a < b ? -1 : a > b ? 1 : 0;
}

function issueNumber(key: string): number {
  return Number(key.slice(key.lastIndexOf('-') + 1)) || 0;
}

export function refOf(ticket: ExistingTicket): TicketRef {
  return {
    mitigationKey: ticket.property.key,
    issueKey: ticket.issueKey,
    statusCategory: ticket.statusCategory,
  };
}

/** What the panel previews before a sync. */
export function toPlanView(plan: BacklogPlan): BacklogPlanView {
  return {
    create: plan.create.map((ticket) => ticket.draft),
    unchanged: [...plan.unchanged, ...plan.update.map((u) => u.ticket)],
    obsolete: plan.obsolete.map((o) => o.ticket),
  };
}
