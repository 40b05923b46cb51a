import {
  codeForStatus,
  errorMessagesOf,
  isRecord,
  JiraError,
} from './jira-error';
import type { Requester, RestRequest } from './request';

/**
 * Sends one request and reads its JSON answer: the parsed body on a 2xx
 * (null when there is none), a JiraError otherwise. A requester that
 * throws (network error, timeout) becomes a JiraError `NETWORK`.
 */
export async function send(
  requester: Requester,
  request: RestRequest,
): Promise<unknown> {
  const { status, body } = await exchange(requester, request);
  if (status < 200 || status > 299) {
    throw new JiraError(codeForStatus(status), status, errorMessagesOf(body));
  }

  return parseJson(body, status);
}

/** The status and text of one answer; only a lost answer throws. */
export async function exchange(
  requester: Requester,
  request: RestRequest,
): Promise<{ status: number; body: string }> {
  let response;
  try {
    response = await requester(request);
  } catch {
    throw new JiraError('NETWORK', 0);
  }

  return {
    status: response.status,
    body: (await readText(response.text)) ?? '',
  };
}

/** The JSON in a body, null when empty. */
export function parseJson(body: string, status: number): unknown {
  if (body.trim() === '') return null;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new JiraError('INVALID_RESPONSE', status);
  }
}

async function readText(text: () => Promise<string>): Promise<string | null> {
  try {
    return await text();
  } catch {
    return null;
  }
}

/** Readers for Jira's answers: a wrong shape is an INVALID_RESPONSE. */
export function record(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) throw new JiraError('INVALID_RESPONSE', 200);
  return value;
}

export function text(value: unknown): string {
  if (typeof value !== 'string') throw new JiraError('INVALID_RESPONSE', 200);
  return value;
}

export function idText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return text(value);
}

export function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new JiraError('INVALID_RESPONSE', 200);
  return value;
}

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9]\d{0,17}$/;
const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,254}$/;
const PROPERTY_KEY = /^[A-Za-z0-9_.:-]{1,255}$/;

/** Refuses, before anything is sent, a key that is not an issue key. */
export function checkIssueKey(key: string): string {
  if (!ISSUE_KEY.test(key)) throw invalid('issue key');
  return key;
}

export function checkProjectKey(key: string): string {
  if (!PROJECT_KEY.test(key)) throw invalid('project key');
  return key;
}

export function checkPropertyKey(key: string): string {
  if (!PROPERTY_KEY.test(key)) throw invalid('property key');
  return key;
}

export function checkId(id: number | string): string {
  const value = String(id);
  if (!/^\d{1,18}$/.test(value)) throw invalid('id');
  return value;
}

function invalid(what: string): JiraError {
  return new JiraError('INVALID_ARGUMENT', 0, [`not a valid ${what}`]);
}
