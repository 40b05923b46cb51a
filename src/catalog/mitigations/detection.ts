import type { MitigationInput } from '../input';

/**
 * Detective mitigations (and the log protection they depend on): audit
 * trails, monitoring, reconciliation, reviews and inventories.
 */
export const DETECTION_MITIGATIONS: readonly MitigationInput[] = [
  {
    id: 'M-AUDIT-LOG',
    title: 'Record security-relevant actions in an audit trail',
    description:
      'Log sign-ins, access decisions, changes to sensitive data and ' +
      'administrative actions with who, what, when, where and the outcome, ' +
      'in a consistent format.',
    controlType: 'detective',
    effort: 2,
    asvs: ['V7.1.3', 'V7.1.4', 'V7.2.1', 'V7.2.2'],
    acceptanceCriteria: [
      'Each sign-in, access refusal, sensitive change and administrative ' +
        'action produces an audit event.',
      'Each event records the actor, action, target, time, source and outcome.',
      "An auditor can reconstruct a user's actions for a given day from the " +
        'trail.',
    ],
  },
  {
    id: 'M-LOG-PROTECTION',
    title: 'Ship security logs to append-only storage outside the system',
    description:
      'Send logs as they are written to a separate, append-only store that ' +
      "the system's own operators cannot edit or delete, with synchronised " +
      'clocks and a defined retention.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V7.3.3', 'V7.3.4', 'V1.7.2'],
    acceptanceCriteria: [
      'No account of the system itself can delete or change stored log ' +
        'entries.',
      'Log entries reach the central store within one minute.',
      'Log retention meets the longest applicable regulatory period.',
    ],
  },
  {
    id: 'M-SECURITY-MONITORING',
    title: 'Alert on anomalous sign-in, access and traffic patterns',
    description:
      'Feed logs into monitoring with alert rules for brute force, unusual ' +
      'access, privilege changes and traffic spikes, and route alerts to ' +
      'someone on call.',
    controlType: 'detective',
    effort: 3,
    asvs: ['V11.1.7', 'V11.1.8', 'V8.1.4'],
    acceptanceCriteria: [
      'A simulated credential-stuffing run raises an alert within 15 minutes.',
      'Every alert rule has an owner and a documented response.',
    ],
  },
  {
    id: 'M-EGRESS-MONITORING',
    title: 'Alert on bulk reads and unusual data egress',
    description:
      'Baseline normal read volumes per account and outbound data volumes ' +
      'per service, and alert when a reader or a destination departs from ' +
      'them.',
    controlType: 'detective',
    effort: 3,
    asvs: ['V8.1.4', 'V8.3.5'],
    acceptanceCriteria: [
      'Reading more records than the agreed threshold in an hour raises an ' +
        'alert.',
      'Outbound transfers to destinations not seen before are reported daily.',
    ],
  },
  {
    id: 'M-QUERY-MONITORING',
    title: 'Watch model query patterns for extraction and inversion attempts',
    description:
      'Track query volume, diversity and similarity per client for model ' +
      'endpoints and alert on patterns typical of model extraction or ' +
      'training-data probing.',
    controlType: 'detective',
    effort: 2,
    asvs: ['V11.1.7', 'V8.1.4'],
    acceptanceCriteria: [
      'Per-client query statistics for the model are kept for at least 30 ' +
        'days.',
      'A scripted extraction-style query run raises an alert.',
    ],
  },
  {
    id: 'M-FRAUD-MONITORING',
    title: 'Score transactions for fraud and card testing and alert on spikes',
    description:
      'Score each payment for fraud signals, watch decline ratios and ' +
      'small-amount bursts per source, and alert and block when card testing ' +
      'is detected.',
    controlType: 'detective',
    effort: 3,
    asvs: ['V11.1.7', 'V11.1.8'],
    acceptanceCriteria: [
      'A burst of declined small payments from one source raises an alert ' +
        'and blocks the source.',
      'Fraud scores are stored with each transaction.',
    ],
  },
  {
    id: 'M-RECONCILIATION',
    title: 'Reconcile payments against processor records every day',
    description:
      'Compare orders, authorisations, captures and refunds with the ' +
      "processor's settlement report daily and investigate every mismatch.",
    controlType: 'detective',
    effort: 2,
    asvs: ['V11.1.5'],
    acceptanceCriteria: [
      'A daily job compares internal payment records with the processor ' +
        'report.',
      'Each mismatch opens an investigation ticket within one business day.',
    ],
  },
  {
    id: 'M-PAGE-INTEGRITY-MONITOR',
    title: 'Detect unauthorised changes to payment page scripts and headers',
    description:
      'Monitor the scripts and security headers the payment page delivers to ' +
      'browsers and alert on any change that was not deployed through the ' +
      'pipeline.',
    controlType: 'detective',
    effort: 2,
    asvs: ['V10.3.2', 'V14.4.3'],
    acceptanceCriteria: [
      'An unexpected script or changed header on the payment page raises an ' +
        'alert within a day.',
      'Content Security Policy violation reports are collected and reviewed.',
    ],
  },
  {
    id: 'M-ACCESS-REVIEW',
    title: 'Review privileged and service access every quarter',
    description:
      'Have owners confirm who and what holds privileged, administrative and ' +
      'service access each quarter, and remove what is no longer needed.',
    controlType: 'detective',
    effort: 2,
    asvs: ['V4.1.3', 'V1.2.1'],
    acceptanceCriteria: [
      'Each quarter a signed review lists every privileged and service ' +
        'account and its owner.',
      'Access found unneeded is removed within 5 working days.',
    ],
  },
  {
    id: 'M-CLOUD-POSTURE',
    title: 'Scan cloud configuration continuously and alert on drift',
    description:
      'Run a cloud configuration scanner against the accounts, compare with ' +
      'the approved baseline and alert on public storage, wildcard roles and ' +
      'disabled logging.',
    controlType: 'detective',
    effort: 2,
    asvs: ['V14.1.5'],
    acceptanceCriteria: [
      'A bucket made public or a data-access log turned off raises an alert ' +
        'within one hour.',
      'Configuration findings are tracked to closure.',
    ],
  },
  {
    id: 'M-API-INVENTORY',
    title: 'Keep an inventory of API hosts and versions and retire old ones',
    description:
      'List every API host, version and environment with its owner and data, ' +
      'compare it with what is actually reachable, and shut down versions ' +
      'past their retirement date.',
    controlType: 'detective',
    effort: 2,
    asvs: ['V1.1.4'],
    acceptanceCriteria: [
      'Every reachable API host and version appears in the inventory with an ' +
        'owner.',
      'A monthly scan compares reachable endpoints with the inventory.',
    ],
  },
  {
    id: 'M-SPEND-ALERTS',
    title: 'Alert on unusual serverless spend and cap concurrency',
    description:
      'Set budgets and anomaly alerts on compute spend and reserve or cap ' +
      'concurrency per function so that one flood cannot exhaust the ' +
      'account.',
    controlType: 'detective',
    effort: 1,
    asvs: ['V11.1.8'],
    acceptanceCriteria: [
      'A spend anomaly alert is configured for the account and routed to ' +
        'on-call.',
      'Public functions have a concurrency cap.',
    ],
  },
];
