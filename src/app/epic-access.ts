import { JiraError } from '../atlassian/jira-error';
import { getIssue, getMyPermissions } from '../atlassian/jira-issues';
import { AppError } from './app-error';
import type { EpicRef } from './contract';
import type { Caller, Ports } from './ports';

/**
 * The epic a call acts on. Its key comes only from the Forge context, and
 * Jira, asked as the user, decides: the issue must exist, be visible to
 * them, sit at hierarchy level 1 (an epic, whatever its type is called)
 * and, for writes, be editable by them. The display condition that hid the
 * panel elsewhere ran in the browser, so it proves nothing here.
 */
export interface Epic extends EpicRef {
  readonly id: string;
  readonly projectKey: string;
}

export type Need = 'browse' | 'edit';

export const EPIC_LEVEL = 1;

export async function openEpic(
  ports: Ports,
  caller: Caller,
  need: Need,
): Promise<Epic> {
  const key = caller.issueKey;
  if (key === undefined) {
    throw new AppError('NOT_FOUND', 'Open this panel from a Jira epic.');
  }

  const issue = await readAsUser(ports, key);
  const fields = issue.fields;
  const level = (
    fields['issuetype'] as { hierarchyLevel?: unknown } | undefined
  )?.hierarchyLevel;
  if (level !== EPIC_LEVEL) {
    throw new AppError('NOT_AN_EPIC', 'Threat models live on epics only.');
  }

  const permissions = await getMyPermissions(ports.asUser, issue.key, [
    'EDIT_ISSUES',
  ]);
  const canEdit = permissions['EDIT_ISSUES'] === true;
  if (need === 'edit' && !canEdit) {
    throw new AppError('FORBIDDEN', 'You may not edit this epic.');
  }

  const project = fields['project'] as { key?: unknown } | undefined;
  return {
    key: issue.key,
    id: issue.id,
    summary: typeof fields['summary'] === 'string' ? fields['summary'] : '',
    canEdit,
    projectKey: typeof project?.key === 'string' ? project.key : '',
  };
}

async function readAsUser(ports: Ports, key: string) {
  try {
    return await getIssue(ports.asUser, key, [
      'summary',
      'issuetype',
      'project',
    ]);
  } catch (error) {
    if (!(error instanceof JiraError)) throw error;
    switch (error.code) {
      case 'NOT_FOUND':
      case 'INVALID_ARGUMENT':
        throw new AppError(
          'NOT_FOUND',
          'This issue does not exist or you may not see it.',
        );
      case 'UNAUTHORIZED':
      case 'FORBIDDEN':
        throw new AppError('FORBIDDEN', 'You may not see this issue.');
      default:
        throw error;
    }
  }
}
