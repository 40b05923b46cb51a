import { z } from 'zod';

import { SEVERITIES, type Severity } from '../model/vocabulary';

/**
 * Every backlog ticket carries this issue property, set in the same call
 * that creates it, so a ticket never exists without its mitigation key.
 * A `jira:entityProperty` module indexes `key` and `epics` for JQL.
 *
 * Anyone who can edit the issue can edit the property: it is read as
 * hostile and a value that does not parse is treated as absent.
 */
export const MITIGATION_PROPERTY = 'threat-model-mitigation';

/** Set on the comment that says a ticket no longer applies to an epic. */
export const OBSOLETE_COMMENT_PROPERTY = 'threat-model-obsolete';

export interface TicketProperty {
  readonly version: 1;
  /** The mitigation key: `${mitigationId}@${targetId}`. */
  readonly key: string;
  /** Epics whose model has the mitigation, first the one that created it. */
  readonly epics: readonly string[];
  /** The worst residual severity the mitigation answers, per epic. */
  readonly severities: Readonly<Partial<Record<string, Severity>>>;
  /** The priority the app last gave the ticket; a person may change it. */
  readonly priority: string;
  /** Epics told by a comment that the mitigation no longer applies. */
  readonly obsoleteFor: readonly string[];
}

const MAX_EPICS = 200;
const EpicKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,254}-[1-9]\d{0,17}$/);

const Schema = z.object({
  version: z.literal(1),
  key: z.string().min(1).max(500),
  epics: z.array(EpicKey).max(MAX_EPICS),
  severities: z.record(EpicKey, z.enum(SEVERITIES)).default({}),
  priority: z.string().max(255).default(''),
  obsoleteFor: z.array(EpicKey).max(MAX_EPICS).default([]),
});

/** The property of a ticket, or null when it is missing or malformed. */
export function parseTicketProperty(value: unknown): TicketProperty | null {
  const parsed = Schema.safeParse(value);
  if (!parsed.success) return null;

  const severities: Partial<Record<string, Severity>> = {};
  for (const [epic, severity] of Object.entries(parsed.data.severities)) {
    severities[epic] = severity;
  }

  return { ...parsed.data, severities };
}

/** Whether two properties say the same, so no write is needed. */
export function sameProperty(a: TicketProperty, b: TicketProperty): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(property: TicketProperty): unknown {
  const severities = Object.entries(property.severities).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return { ...property, severities };
}
