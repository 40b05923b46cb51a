/**
 * Every key the app writes, in one place. Forge keys match
 * /^[a-zA-Z0-9:._\s-#]+$/ and are at most 500 characters, so parts are
 * joined by `:` (no `/`), and every part is an id the app made or Jira's
 * numeric issue id (never an issue key a user typed).
 *
 *   model:<issueId>:head              { revision } — a hint, may lag
 *   model:<issueId>:rev:<n>           revision n, written once (the claim)
 *   model:<issueId>:part:<token>:<i>  pieces of a large revision
 *   analysis:<issueId>                the last analysis's revision,
 *                                     summary and implemented keys; the
 *                                     analysis itself is derived again
 *   analysis:<issueId>:part:<token>:<i>  (analysis-store.ts)
 *   sync:<issueId>:<jobId>            a queued backlog sync's progress
 *   settings                          the app's settings
 *   backlog:<epicKey>                 the backlog sync's record of the
 *   backlog-lock:<epicKey>            epic's tickets, and its lock
 *                                     (backlog-store.ts, backlog-lock.ts)
 *
 * A value over the KVS size limit (240 KiB) is stored in pieces: see
 * blob-store.ts.
 */
const SAFE_PART = /^[A-Za-z0-9_.-]{1,100}$/;

function join(...parts: readonly (string | number)[]): string {
  for (const part of parts) {
    if (!SAFE_PART.test(String(part))) throw new Error('unsafe storage key');
  }
  return parts.join(':');
}

export const storageKeys = {
  modelHead: (issueId: string) => join('model', issueId, 'head'),
  modelRevision: (issueId: string, revision: number) =>
    join('model', issueId, 'rev', revision),
  modelParts: (issueId: string) => join('model', issueId, 'part'),
  analysis: (issueId: string) => join('analysis', issueId),
  analysisParts: (issueId: string) => join('analysis', issueId, 'part'),
  syncJob: (issueId: string, jobId: string) => join('sync', issueId, jobId),
  settings: () => 'settings',
  part: (prefix: string, token: string, index: number) =>
    `${prefix}:${join(token, index)}`,
};
