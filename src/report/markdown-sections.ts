import { escapeMarkdown as esc } from './escape';
import {
  count,
  listText,
  scoreText,
  severityLabel,
  strideLabel,
} from './format';
import type { ReportJson, ReportThreat } from './json';
import { table } from './markdown-table';

/**
 * How much the Markdown lists, so a large model still gives a report a
 * person can read (and a pull request can hold); the JSON keeps it all.
 */
const MAX_PATHS = 20;
const MAX_ROWS = 500;
const MAX_TARGETS = 10;

export function inventorySection(report: ReportJson): string {
  if (report.threats.length === 0) {
    return '## Threat inventory\n\nNo threats were found.';
  }

  const headers = [
    'ID',
    'Threat',
    'STRIDE',
    'Target',
    'Actor',
    'Attack vector',
    'Likelihood',
    'Impact',
    'Risk',
    'Residual',
    'Mitigations',
  ];
  const rows = report.threats.slice(0, MAX_ROWS).map(threatRow);
  return [
    '## Threat inventory',
    table(headers, rows),
    ...moreNote(report.threats.length, 'threats'),
  ].join('\n\n');
}

function threatRow(threat: ReportThreat): string[] {
  const { inherent, residual } = threat;
  const mitigations = threat.mitigations.map(
    (m) => `${esc(m.title)}${m.status === 'implemented' ? ' (done)' : ''}`,
  );

  return [
    esc(threat.id),
    esc(threat.title),
    strideLabel(threat.stride),
    esc(threat.target.name),
    esc(threat.actor.name),
    esc(threat.attackVector),
    `${severityLabel(inherent.likelihood.level)} (${scoreText(inherent.likelihood.score)})`,
    `${severityLabel(inherent.impact.level)} (${scoreText(inherent.impact.score)})`,
    `${severityLabel(inherent.severity)} ${scoreText(inherent.score)}`,
    `${severityLabel(residual.severity)} ${scoreText(residual.score)}` +
      (threat.aboveTolerance ? ', above tolerance' : ''),
    mitigations.join('; '),
  ];
}

export function attackPathsSection(report: ReportJson): string {
  const paths = report.attackPaths;
  if (paths.length === 0) {
    return '## Attack paths\n\nNo path leads from an entry point to an asset.';
  }

  const lines = paths.slice(0, MAX_PATHS).map((path, index) => {
    const route = path.steps.map((step) => esc(step.name)).join(' → ');
    return (
      `${index + 1}. **${severityLabel(path.severity)} ` +
      `${scoreText(path.score)}**: ${route} ` +
      `(${count(path.threats.length, 'threat')} along the way)`
    );
  });
  if (paths.length > MAX_PATHS) {
    lines.push(
      '',
      `${paths.length - MAX_PATHS} more paths are in the JSON report.`,
    );
  }

  const intro = 'From an entry point to an asset, the riskiest first.';
  return `## Attack paths\n\n${intro}\n\n${lines.join('\n')}`;
}

export function roadmapSection(report: ReportJson): string {
  if (report.roadmap.length === 0) {
    return '## Mitigation roadmap\n\nNothing to do.';
  }

  const rows = report.roadmap
    .slice(0, MAX_ROWS)
    .map((entry) => [
      String(entry.rank),
      esc(entry.title),
      esc(entry.target.name),
      entry.controlType,
      String(entry.effort),
      scoreText(entry.riskReduction),
      entry.reductionPerEffort.toFixed(2),
      entry.asvs.map(esc).join(', '),
      entry.status,
    ]);
  const headers = [
    '#',
    'Mitigation',
    'Target',
    'Control',
    'Effort (1-5)',
    'Risk removed',
    'Per effort',
    'ASVS',
    'Status',
  ];

  return [
    '## Mitigation roadmap',
    'Open work first, the most risk removed per unit of effort leading.',
    table(headers, rows),
    ...moreNote(report.roadmap.length, 'mitigations'),
  ].join('\n\n');
}

export function monitoringSection(report: ReportJson): string {
  if (report.monitoring.length === 0) {
    return '## Monitoring\n\nNo detective control applies to this model.';
  }

  const lines = report.monitoring.map((advice) => {
    const names = advice.targets.slice(0, MAX_TARGETS).map((t) => esc(t.name));
    const more = advice.targets.length - names.length;
    const targets = listText(more > 0 ? [...names, `${more} more`] : names);
    return (
      `- **${esc(advice.title)}** on ${targets} (${advice.status}): ` +
      `${esc(advice.description)} ` +
      `Watches for ${count(advice.threats.length, 'threat')}.`
    );
  });

  return `## Monitoring\n\nWhat to watch, from the detective mitigations.\n\n${lines.join('\n')}`;
}

function moreNote(total: number, what: string): string[] {
  if (total <= MAX_ROWS) return [];
  return [
    `The first ${MAX_ROWS} of ${total} ${what} are shown; ` +
      'the JSON report (`--format json`) lists them all.',
  ];
}
