import type { Settings } from '../app/contract';
import { type Severity, severityRank, SEVERITIES } from '../model/vocabulary';

/** What a site gets before anyone opens the settings. */
export const DEFAULT_SETTINGS: Settings = {
  backlogProjectKey: 'SEC',
  issueType: 'Task',
  labels: ['security'],
  priorities: {
    critical: 'Highest',
    high: 'High',
    medium: 'Medium',
    low: 'Low',
    note: 'Lowest',
  },
  sprint: 'next',
  ticketScope: 'recommended',
};

/** The worst of some severities; `note` when there are none. */
export function worstSeverity(severities: Iterable<Severity>): Severity {
  let worst: Severity = 'note';
  for (const severity of severities) {
    if (severityRank(severity) > severityRank(worst)) worst = severity;
  }
  return worst;
}

export function priorityFor(severity: Severity, settings: Settings): string {
  return settings.priorities[severity];
}

export function isSeverity(value: unknown): value is Severity {
  return SEVERITIES.some((severity) => severity === value);
}
