import type { Analysis } from '../analysis/types';
import type { ThreatModel } from '../model/schema';
import { STRIDE, STRIDE_NAMES, type Stride } from '../model/vocabulary';
import { escapeMarkdown as esc } from './escape';
import { percent, scoreText, severityLabel } from './format';
import { toReportJson, type ReportJson, type ReportOptions } from './json';
import type { RiskMatrix } from './matrix';
import {
  attackPathsSection,
  inventorySection,
  monitoringSection,
  roadmapSection,
} from './markdown-sections';
import { table } from './markdown-table';

/**
 * The risk report as Markdown for a pull request, a wiki page or a
 * terminal. Every piece of text from the model or the catalog is escaped,
 * so it reads as written and never as markup.
 */
export function renderMarkdown(
  analysis: Analysis,
  model: ThreatModel,
  options: ReportOptions = {},
): string {
  return renderReportMarkdown(toReportJson(analysis, model, options));
}

export function renderReportMarkdown(report: ReportJson): string {
  const sections = [
    header(report),
    `## Executive summary\n\n${report.summary.sentences.map(esc).join(' ')}`,
    matrixSection(report),
    strideSection(report),
    inventorySection(report),
    attackPathsSection(report),
    roadmapSection(report),
    monitoringSection(report),
    metricsSection(report),
  ];

  return `${sections.join('\n\n')}\n`;
}

function header(report: ReportJson): string {
  const { system } = report;
  const context = [
    `${esc(system.applicationType)} application`,
    esc(system.architecture),
    `deployed ${esc(system.deployment)}`,
    `${esc(system.dataSensitivity)} data`,
    system.regulations.length > 0
      ? `regulations: ${system.regulations.map(esc).join(', ')}`
      : 'no regulations named',
    `risk tolerance: ${severityLabel(system.riskTolerance)}`,
  ];
  const lines = [`# Threat model report: ${esc(system.name)}`, ''];
  if (system.description !== undefined) {
    lines.push(esc(system.description), '');
  }
  lines.push(context.join(' · '));
  if (report.generatedAt !== undefined) {
    lines.push('', `Generated ${esc(report.generatedAt)}.`);
  }

  return lines.join('\n');
}

function matrixSection(report: ReportJson): string {
  return [
    '## Risk matrix',
    'Threats by likelihood (rows) and impact (columns); each cell gives ' +
      'the count and the severity of that cell.',
    `### Inherent risk\n\n${matrixTable(report.riskMatrix.inherent)}`,
    `### Residual risk, after controls\n\n${matrixTable(report.riskMatrix.residual)}`,
  ].join('\n\n');
}

function matrixTable(matrix: RiskMatrix): string {
  const rows = matrix.rows.map((cells) => [
    `**${severityLabel(cells[0]?.likelihood ?? 'low')}**`,
    ...cells.map((cell) => `${cell.count} (${severityLabel(cell.severity)})`),
  ]);

  return table(['Likelihood \\ Impact', 'Low', 'Medium', 'High'], rows);
}

function strideSection(report: ReportJson): string {
  const above = new Map<Stride, number>();
  for (const threat of report.threats) {
    if (!threat.aboveTolerance) continue;
    for (const letter of threat.stride) {
      above.set(letter, (above.get(letter) ?? 0) + 1);
    }
  }
  const rows = STRIDE.map((letter) => [
    STRIDE_NAMES[letter],
    String(report.summary.byStride[letter]),
    String(above.get(letter) ?? 0),
  ]);

  return `## Threats by STRIDE category\n\n${table(
    ['Category', 'Threats', 'Above tolerance'],
    rows,
  )}`;
}

function metricsSection(report: ReportJson): string {
  const m = report.metrics;
  const rows = [
    ['Elements and flows', `${m.elements} and ${m.flows}`],
    ['Threat coverage', percent(m.threatCoverage)],
    ['Entry points', String(m.entryPoints)],
    ['Trust boundary crossings', String(m.boundaryCrossings)],
    ['Unencrypted crossings', String(m.unencryptedCrossings)],
    ['Threats above tolerance', String(m.threatsAboveTolerance)],
    ['Mitigations open', String(m.mitigationsOpen)],
    ['Mitigations implemented', String(m.mitigationsImplemented)],
    ['Mitigation progress', percent(m.mitigationProgress)],
    ['Risk removed by controls', percent(m.riskReduced)],
    [
      'Total risk score, inherent → residual',
      `${scoreText(report.summary.inherentRiskScore)} → ` +
        scoreText(report.summary.residualRiskScore),
    ],
  ];

  return `## Metrics\n\n${table(['Metric', 'Value'], rows)}`;
}
