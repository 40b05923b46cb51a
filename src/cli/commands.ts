import { analyze } from '../analysis';
import type { Analysis } from '../analysis/types';
import { loadCatalog } from '../catalog';
import type { Catalog } from '../catalog/schema';
import {
  exportModel,
  importModel,
  MAX_INPUT_BYTES,
  type ImportFormat,
} from '../importers';
import { parseStructured } from '../importers/detect';
import type { Problem } from '../model/errors';
import type { ThreatModel } from '../model/schema';
import { SEVERITIES, severityRank, type Severity } from '../model/vocabulary';
import { renderMarkdown, toReportJson } from '../report';
import type { Command } from './args';
import { EXIT_GATE, EXIT_OK, onFile } from './failure';

import type { CliIo } from './io';

type AnalyzeCommand = Extract<Command, { kind: 'analyze' }>;
type ImportCommand = Extract<Command, { kind: 'import' }>;

export async function runAnalyze(
  command: AnalyzeCommand,
  io: CliIo,
): Promise<number> {
  const model = await readModel(command.file, command.from, io);
  const catalog = await readCatalog(command.rules, io);

  const analysis = analyze(model, { catalog });
  const report =
    command.format === 'json'
      ? `${JSON.stringify(toReportJson(analysis, model), null, 2)}\n`
      : renderMarkdown(analysis, model);
  await emit(report, command.out, io);

  return command.failOn === undefined
    ? EXIT_OK
    : checkGate(analysis, command.failOn, io);
}

export async function runImport(
  command: ImportCommand,
  io: CliIo,
): Promise<number> {
  const model = await readModel(command.file, command.from, io);

  await emit(exportModel(model, command.to), command.out, io);

  return EXIT_OK;
}

async function readModel(
  file: string,
  format: ImportFormat | undefined,
  io: CliIo,
): Promise<ThreatModel> {
  const text = await onFile(file, 'read', () =>
    io.readFile(file, MAX_INPUT_BYTES),
  );
  const imported = await onFile(file, 'read', () =>
    importModel(
      text,
      format === undefined ? { fileName: file } : { fileName: file, format },
    ),
  );

  warnSkipped(file, imported.skipped, io);
  return imported.model;
}

/** The built-in rules, plus a team's own from `--rules` when given. */
async function readCatalog(
  file: string | undefined,
  io: CliIo,
): Promise<Catalog> {
  if (file === undefined) return loadCatalog();

  const text = await onFile(file, 'read', () =>
    io.readFile(file, MAX_INPUT_BYTES),
  );
  return onFile(file, 'read', () => loadCatalog(parseStructured(text)));
}

function warnSkipped(
  file: string,
  skipped: readonly Problem[],
  io: CliIo,
): void {
  if (skipped.length === 0) return;

  const items = skipped.length === 1 ? '1 item' : `${skipped.length} items`;
  const lines = [`${file}: warning: the import skipped ${items}:`];
  for (const problem of skipped) {
    lines.push(`  ${problem.path || '(root)'}: ${problem.message}`);
  }
  io.stderr(`${lines.join('\n')}\n`);
}

async function emit(
  text: string,
  out: string | undefined,
  io: CliIo,
): Promise<void> {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  await onFile(out, 'write', () => io.writeFile(out, text));
}

/** Trips when any threat's residual severity is at or above the threshold. */
function checkGate(analysis: Analysis, failOn: Severity, io: CliIo): number {
  const threshold = severityRank(failOn);
  const counts = new Map<Severity, number>();
  for (const threat of analysis.threats) {
    const severity = threat.residual.severity;
    if (severityRank(severity) >= threshold) {
      counts.set(severity, (counts.get(severity) ?? 0) + 1);
    }
  }
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return EXIT_OK;

  const breakdown = [...SEVERITIES]
    .reverse()
    .filter((severity) => counts.has(severity))
    .map((severity) => `${counts.get(severity) ?? 0} ${severity}`)
    .join(', ');
  const threats = total === 1 ? '1 threat has' : `${total} threats have`;
  io.stderr(
    `threatmodel: --fail-on ${failOn}: ${threats} a residual severity of ` +
      `${failOn} or above (${breakdown})\n`,
  );
  return EXIT_GATE;
}
