import { z } from 'zod';
import { createJiraClient } from '../atlassian/jira-client';
import { JiraError } from '../atlassian/jira-error';
import { toUiError } from './app-error';
import type { SyncProgress } from './contract';
import type { Ports } from './ports';
import { storageKeys } from './storage-keys';
import { runJob, syncInput } from './sync-jobs';

const JobBody = z.strictObject({
  issueId: z.string().regex(/^\d{1,18}$/),
  epicKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,254}-[1-9]\d{0,17}$/),
  jobId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
});

/**
 * The queue consumer's work. The user's right to edit the epic was checked
 * when the job was queued; the job acts as the app.
 */
export async function runSyncJob(ports: Ports, body: unknown): Promise<void> {
  const job = JobBody.safeParse(body);
  if (!job.success) {
    ports.log('backlog_sync_job_ignored', { reason: 'malformed' });
    return;
  }

  const { issueId, epicKey, jobId } = job.data;
  const key = storageKeys.syncJob(issueId, jobId);
  const write = (update: Omit<SyncProgress, 'jobId'>) =>
    ports.store.set(key, { ...update, jobId });
  try {
    const jira = createJiraClient(ports.asApp);
    const epic = await jira.getIssue(epicKey, ['summary']);
    const summary = epic.fields['summary'];
    const input = await syncInput(ports, {
      id: issueId,
      key: epicKey,
      summary: typeof summary === 'string' ? summary : '',
    });
    await runJob(ports, jira, input, write);
    ports.log('backlog_synced', { issueKey: epicKey, jobId });
  } catch (error) {
    const where = { resolver: 'sync-consumer', issueKey: epicKey };
    const uiError = toUiError(error, ports.log, where);
    await write({
      state: 'failed',
      total: 0,
      done: 0,
      created: [],
      error: uiError,
    });
    ports.log('backlog_sync_refused', {
      issueKey: epicKey,
      code: uiError.code,
    });
    // Jira busy or unreachable: the queue delivers the job again, and the
    // sync resumes from what Jira holds, without duplicating a ticket.
    if (isTransient(error)) throw error;
  }
}

function isTransient(error: unknown): boolean {
  return (
    error instanceof JiraError &&
    (error.outcomeUnknown || error.code === 'RATE_LIMITED')
  );
}
