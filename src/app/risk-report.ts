import { z } from 'zod';
import { JiraError } from '../atlassian/jira-error';
import { list, record, send, text } from '../atlassian/jira-send';
import { readIssue } from '../atlassian/jira-search';
import type { JiraIssue } from '../atlassian/jira-types';
import { jqlString } from '../atlassian/jql';
import { path } from '../atlassian/request';
import { createJiraClient } from '../atlassian/jira-client';
import { readAnalysis } from './analysis-store';
import { AppError } from './app-error';
import type { RiskReport, RiskReportConfig } from './contract';
import { EPIC_LEVEL } from './epic-access';
import { isStale } from './epic-state';
import { readLatest } from './model-store';
import type { Caller, Ports } from './ports';
import { findEpicTickets } from './tickets';

/**
 * The Confluence macro's report: the epic its config names, or the epics
 * its JQL finds, searched as the viewer so Jira shows them only what they
 * may browse. At most 50 epics; `truncated` says the search found more.
 */
export const MAX_REPORT_EPICS = 50;
/** Epics read at once, to stay well inside the resolver's 25 s. */
const CONCURRENCY = 5;

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
): Promise<RiskReport> {
  const config = ConfigSchema.safeParse(caller.macroConfig);
  if (!config.success) {
    throw new AppError(
      'NOT_CONFIGURED',
      'Choose an epic or a JQL in the macro settings.',
    );
  }

  const found = await searchEpics(ports, config.data);
  const epics = found.issues.filter(isEpic);
  const rows: RiskReport['epics'][number][] = [];
  for (let i = 0; i < epics.length; i += CONCURRENCY) {
    const batch = epics.slice(i, i + CONCURRENCY);
    rows.push(
      ...(await Promise.all(batch.map((epic) => reportRow(ports, epic)))),
    );
  }

  ports.log('risk_report_read', {
    source: config.data.source,
    epics: rows.length,
    truncated: found.truncated,
  });
  return { epics: rows, truncated: found.truncated };
}

async function reportRow(ports: Ports, issue: JiraIssue) {
  const [latest, analysis, tickets] = await Promise.all([
    readLatest(ports.store, issue.id),
    readAnalysis(ports.store, issue.id),
    findEpicTickets(createJiraClient(ports.asUser), ports.store, issue.key),
  ]);
  const summary = issue.fields['summary'];

  return {
    // The report is read-only: it never offers an edit.
    epic: {
      key: issue.key,
      summary: typeof summary === 'string' ? summary : '',
      canEdit: false,
    },
    model: latest?.model ?? null,
    analysis: analysis?.analysis ?? null,
    tickets,
    stale: isStale(latest, analysis),
  };
}

async function searchEpics(
  ports: Ports,
  config: RiskReportConfig,
): Promise<{ issues: JiraIssue[]; truncated: boolean }> {
  const jql =
    config.source === 'epic'
      ? `key = ${jqlString(config.epicKey)}`
      : config.jql;
  const answer = record(
    await send(ports.asUser, {
      method: 'POST',
      path: path`/rest/api/3/search/jql`,
      idempotent: true,
      body: {
        jql,
        fields: ['summary', 'issuetype'],
        maxResults: MAX_REPORT_EPICS,
      },
    }).catch((error: unknown) => {
      if (error instanceof JiraError && error.code === 'BAD_REQUEST') {
        // Jira's words are about the JQL the page's author typed.
        const why = error.messages.join(' ') || 'Jira could not read it.';
        throw new AppError(
          'NOT_CONFIGURED',
          `The macro's JQL is not valid. ${why}`,
        );
      }
      throw error;
    }),
  );

  const token = answer['nextPageToken'];
  const more =
    answer['isLast'] !== true &&
    typeof token === 'string' &&
    text(token) !== '';
  return { issues: list(answer['issues']).map(readIssue), truncated: more };
}

function isEpic(issue: JiraIssue): boolean {
  const type = issue.fields['issuetype'] as
    { hierarchyLevel?: unknown } | undefined;
  return type?.hierarchyLevel === EPIC_LEVEL;
}
