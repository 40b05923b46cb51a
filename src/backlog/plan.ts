import type { MitigationItem, Threat } from '../analysis/types';
import type { TicketRef } from '../app/contract';
import type { Severity } from '../model/vocabulary';
import { describeObsolete, describeTicket } from './describe';
import { sameProperty, type TicketProperty } from './property';
import { wantsTicket } from './scope';
import { priorityFor, worstSeverity } from './settings';
import { ticketLabels, ticketSummary } from './ticket-text';
import { pickCanonical, refOf } from './tickets';
import type {
  BacklogPlan,
  ExistingTicket,
  PlanInput,
  TicketObsolete,
  TicketToCreate,
  TicketUpdate,
} from './types';

/**
 * Decides what the backlog of one epic needs: a ticket for each open
 * mitigation without one that is recommended (or any open one, when the
 * settings' ticket scope is `all`), an update where the risk moved a
 * ticket's priority or the ticket now serves this epic too, and a
 * comment, once, on a ticket whose mitigation left the model. A ticket
 * whose mitigation is still in the model but no longer recommended is
 * kept as any other: it is not obsolete. Nothing is ever deleted.
 */
export function planBacklog(input: PlanInput): BacklogPlan {
  const { canonical, duplicates } = pickCanonical(input.existing);
  const threats = new Map(input.analysis.threats.map((t) => [t.id, t]));
  const plan = emptyPlan();
  const seen = new Set<string>();
  const wanted = wantsTicket(input.analysis, input.settings.ticketScope);

  for (const [index, item] of input.analysis.mitigations.entries()) {
    if (seen.has(item.key)) continue;
    seen.add(item.key);

    const answered = item.threats.flatMap((id) => threats.get(id) ?? []);
    const ticket = canonical.get(item.key);
    if (ticket !== undefined) {
      planExisting(input, ticket, severityOf(answered), plan);
    } else if (wanted(item, index)) {
      plan.create.push(planCreate(input, item, answered));
    }
  }

  for (const ticket of canonical.values()) {
    if (seen.has(ticket.property.key)) continue;
    if (!ticket.property.epics.includes(input.epic.key)) continue;
    planGone(input, ticket, plan);
  }

  return { ...plan, duplicates: duplicates.map(refOf) };
}

interface MutablePlan {
  create: TicketToCreate[];
  update: TicketUpdate[];
  unchanged: TicketRef[];
  obsolete: TicketObsolete[];
}

function emptyPlan(): MutablePlan {
  return { create: [], update: [], unchanged: [], obsolete: [] };
}

function planCreate(
  input: PlanInput,
  item: MitigationItem,
  answered: readonly Threat[],
): TicketToCreate {
  const { epic, settings } = input;
  const severity = severityOf(answered);
  const priority = priorityFor(severity, settings);

  return {
    draft: {
      mitigationKey: item.key,
      summary: ticketSummary(item),
      priority,
      projectKey: settings.backlogProjectKey,
      issueType: settings.issueType,
      labels: ticketLabels(
        settings,
        answered.flatMap((t) => t.stride),
      ),
      sprint: settings.sprint === 'none' ? null : settings.sprint,
      threats: answered.map((t) => t.id),
      severity,
    },
    description: describeTicket(item, answered, epic),
    property: {
      version: 1,
      key: item.key,
      epics: [epic.key],
      severities: { [epic.key]: severity },
      priority,
      obsoleteFor: [],
    },
  };
}

function planExisting(
  input: PlanInput,
  ticket: ExistingTicket,
  severity: Severity,
  plan: MutablePlan,
): void {
  const epic = input.epic.key;
  const before = ticket.property;
  const done = ticket.statusCategory === 'done';
  const joined = before.epics.includes(epic);

  const adopted: TicketProperty = {
    ...before,
    epics: joined ? before.epics : [...before.epics, epic],
    obsoleteFor: before.obsoleteFor.filter((key) => key !== epic),
  };
  // A done ticket's risk fell because it is done: its priority stays.
  const after = done ? adopted : reprioritise(adopted, epic, severity, input);

  const linkToEpic =
    ticket.parentKey !== epic && !ticket.linkedKeys.includes(epic);
  const propertyChanged = !sameProperty(before, after);
  if (!propertyChanged && !linkToEpic) {
    plan.unchanged.push(refOf(ticket));
    return;
  }

  const priority = after.priority !== before.priority ? after.priority : null;
  plan.update.push({
    ticket: refOf(ticket),
    property: after,
    propertyChanged,
    priority,
    linkToEpic,
  });
}

/** The priority from the worst severity over the epics still served. */
function reprioritise(
  property: TicketProperty,
  epic: string,
  severity: Severity,
  input: PlanInput,
): TicketProperty {
  const severities = { ...property.severities, [epic]: severity };
  const served = property.epics.filter(
    (e) => !property.obsoleteFor.includes(e),
  );
  const worst = worstSeverity(served.flatMap((e) => severities[e] ?? []));

  return {
    ...property,
    severities,
    priority: priorityFor(worst, input.settings),
  };
}

function planGone(
  input: PlanInput,
  ticket: ExistingTicket,
  plan: MutablePlan,
): void {
  const epic = input.epic.key;
  const told = ticket.property.obsoleteFor.includes(epic);
  if (told || ticket.statusCategory === 'done') {
    plan.unchanged.push(refOf(ticket));
    return;
  }

  plan.obsolete.push({
    ticket: refOf(ticket),
    property: {
      ...ticket.property,
      obsoleteFor: [...ticket.property.obsoleteFor, epic],
    },
    comment: describeObsolete(input.epic),
  });
}

function severityOf(threats: readonly Threat[]): Severity {
  return worstSeverity(threats.map((threat) => threat.residual.severity));
}
