import type { Analysis } from '../analysis/types';
import type { Settings, TicketDraft, TicketRef } from '../app/contract';
import type { AdfDoc } from './adf';
import type { EpicLink } from './describe';
import type { TicketProperty } from './property';

/** A ticket Jira already has, found by its mitigation property. */
export interface ExistingTicket {
  readonly issueKey: string;
  readonly property: TicketProperty;
  readonly statusCategory: TicketRef['statusCategory'];
  /** The ticket's parent issue, when it has one. */
  readonly parentKey: string | null;
  /** Issues linked to the ticket, any link type or direction. */
  readonly linkedKeys: readonly string[];
}

export interface PlanInput {
  readonly analysis: Analysis;
  readonly epic: EpicLink;
  readonly settings: Settings;
  /** Tickets of this epic, and tickets of other epics with its keys. */
  readonly existing: readonly ExistingTicket[];
}

export interface TicketToCreate {
  readonly draft: TicketDraft;
  readonly description: AdfDoc;
  /** Set at creation, in the same call. */
  readonly property: TicketProperty;
}

export interface TicketUpdate {
  readonly ticket: TicketRef;
  /** The ticket's property after the update. */
  readonly property: TicketProperty;
  /** Whether the property differs from the ticket's and must be written. */
  readonly propertyChanged: boolean;
  /** The priority field's new value when the risk moved it, else null. */
  readonly priority: string | null;
  /** The ticket serves this epic, is not its child and has no link to it. */
  readonly linkToEpic: boolean;
}

export interface TicketObsolete {
  readonly ticket: TicketRef;
  /** The property with the epic added to `obsoleteFor`. */
  readonly property: TicketProperty;
  readonly comment: AdfDoc;
}

export interface BacklogPlan {
  readonly create: readonly TicketToCreate[];
  readonly update: readonly TicketUpdate[];
  readonly unchanged: readonly TicketRef[];
  /** Tickets to tell, once, that this epic no longer needs them. */
  readonly obsolete: readonly TicketObsolete[];
  /** Later tickets carrying a key an earlier one has; left alone. */
  readonly duplicates: readonly TicketRef[];
}

/** Whether carrying out the plan writes anything to Jira. */
export function hasWork(plan: BacklogPlan): boolean {
  return (
    plan.create.length > 0 || plan.update.length > 0 || plan.obsolete.length > 0
  );
}
