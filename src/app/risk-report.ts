import { z } from 'zod';
import { createJiraClient } from '../atlassian/jira-client';
import type { JiraIssue } from '../atlassian/jira-types';
import type { ThreatModel } from '../model/schema';
import { readAnalysis, type AnalysisRecord } from './analysis-store';
import { analysisCost, analyzedModel } from './analysis-view';
import { jsonBytes, MAX_ANSWER_BYTES } from './answer-size';
import { AppError } from './app-error';
import type { RiskReportWire, TicketRef } from './contract';
import { isStale } from './epic-state';
import { readLatest, type LatestModel } from './model-store';
import type { Caller, Ports } from './ports';
import { searchEpics } from './risk-report-search';
import { findEpicTickets } from './tickets';
import { compactAnalysis, TextShelf, type WireAnalysis } from './wire';

/**
 * The Confluence macro's report: the epic its config names, or the epics
 * its JQL finds, searched as the viewer (see risk-report-search.ts). At
 * most 50 epics; `truncated` says there were more than the report shows.
 */
export const MAX_REPORT_EPICS = 50;
/** Epics read at once, to stay well inside the resolver's 25 s. */
const CONCURRENCY = 5;
/**
 * Elements and flows analyzed at most per report. Each epic's analysis is
 * run again on read, about 6 s for 40,000 elements and flows measured on a
 * developer machine, so 50 large epics would take minutes: the report
 * stops before the epic that would pass this budget (the first one always
 * fits, its model being bounded by its own size limit) and says it is
 * truncated.
 */
export const REPORT_BUDGET = 40_000;
/**
 * The report's answer also stops before the epic whose row, with the texts
 * it adds, would take it past MAX_ANSWER_BYTES (less room for the answer's
 * envelope); a first row too large alone is refused by the resolver (see
 * resolvers.ts).
 */
export const REPORT_BYTES = MAX_ANSWER_BYTES - 1024;

const ConfigSchema = z.preprocess(
  withSource,
  z.discriminatedUnion('source', [
    z.object({
      source: z.literal('epic'),
      epicKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,254}-[1-9]\d{0,17}$/),
    }),
    z.object({
      source: z.literal('jql'),
      jql: z.string().trim().min(1).max(2000),
    }),
  ]),
);

/** A config saved without `source` (an older config screen) says it by its field. */
function withSource(config: unknown): unknown {
  if (typeof config !== 'object' || config === null || 'source' in config)
    return config;
  if ('epicKey' in config) return { ...config, source: 'epic' };
  if ('jql' in config) return { ...config, source: 'jql' };
  return config;
}

export async function getRiskReport(
  ports: Ports,
  caller: Caller,
): Promise<RiskReportWire> {
  const config = ConfigSchema.safeParse(caller.macroConfig);
  if (!config.success) {
    throw new AppError(
      'NOT_CONFIGURED',
      'Choose an epic or a JQL in the macro settings.',
    );
  }

  const found = await searchEpics(ports, config.data, MAX_REPORT_EPICS);
  const texts = new TextShelf();
  const { rows, capped, cost, bytes } = await reportRows(
    ports,
    found.epics,
    texts,
  );

  ports.log('risk_report_read', {
    source: config.data.source,
    epics: rows.length,
    truncated: found.more || capped,
    capped,
    cost,
    bytes,
  });
  return {
    texts: texts.toWire(),
    epics: rows,
    truncated: found.more || capped,
  };
}

type Row = RiskReportWire['epics'][number];

/** What an epic's row needs before its analysis is run again. */
interface RowInput {
  readonly issue: JiraIssue;
  readonly latest: LatestModel | null;
  readonly record: AnalysisRecord | null;
  readonly analyzed: ThreatModel | null;
  readonly tickets: TicketRef[];
}

interface Rows {
  readonly rows: Row[];
  readonly capped: boolean;
  /** Elements and flows analyzed, and bytes of the rows as JSON. */
  readonly cost: number;
  readonly bytes: number;
}

/**
 * Rows in the search's order, until the analysis budget or the answer's
 * bytes are spent. Each analysis is compacted as it is run, its texts
 * gathered on the report's one shelf.
 */
async function reportRows(
  ports: Ports,
  epics: readonly JiraIssue[],
  texts: TextShelf,
): Promise<Rows> {
  const rows: Row[] = [];
  let cost = 0;
  let bytes = 0;
  for (let i = 0; i < epics.length; i += CONCURRENCY) {
    const batch = epics.slice(i, i + CONCURRENCY);
    const inputs = await Promise.all(batch.map((e) => readRow(ports, e)));

    for (const input of inputs) {
      const next = input.analyzed === null ? 0 : analysisCost(input.analyzed);
      if (rows.length > 0 && cost + next > REPORT_BUDGET) {
        return { rows, capped: true, cost, bytes };
      }

      const mark = texts.mark();
      const row = rowOf(input, analysisOf(ports, input, texts));
      const size = jsonBytes(row);
      if (rows.length > 0 && bytes + size + textBytes(texts) > REPORT_BYTES) {
        texts.undoTo(mark);
        return { rows, capped: true, cost, bytes };
      }
      cost += next;
      bytes += size;
      rows.push(row);
    }
  }
  return { rows, capped: false, cost, bytes };
}

function textBytes(texts: TextShelf): number {
  return jsonBytes(texts.toWire());
}

async function readRow(ports: Ports, issue: JiraIssue): Promise<RowInput> {
  const [latest, record, tickets] = await Promise.all([
    readLatest(ports.store, issue.id),
    readAnalysis(ports.store, issue.id),
    findEpicTickets(createJiraClient(ports.asUser), ports.store, issue.key),
  ]);
  const analyzed =
    record === null
      ? null
      : await analyzedModel(ports, issue.id, record, latest);
  return { issue, latest, record, analyzed, tickets };
}

/** Null without an analysis, or once its revision was pruned. */
function analysisOf(
  ports: Ports,
  input: RowInput,
  texts: TextShelf,
): WireAnalysis | null {
  if (input.record === null || input.analyzed === null) return null;

  const analysis = ports.engine.analyze(
    input.analyzed,
    input.record.implemented,
  );
  return compactAnalysis(analysis, texts);
}

function rowOf(input: RowInput, analysis: WireAnalysis | null): Row {
  const summary = input.issue.fields['summary'];
  return {
    // The report is read-only: it never offers an edit.
    epic: {
      key: input.issue.key,
      summary: typeof summary === 'string' ? summary : '',
      canEdit: false,
    },
    model: input.latest?.model ?? null,
    analysis,
    tickets: input.tickets,
    stale: isStale(input.latest, input.record),
  };
}
