import type { JiraClient } from '../atlassian/jira-client';
import { JiraError } from '../atlassian/jira-error';
import { BacklogError } from './backlog-errors';
import type { Settings } from './contract';

/**
 * Checks, before creating anything, that the backlog project exists for
 * this principal and has the configured issue type at the standard level
 * (an epic's child; not a sub-task, not an epic), so a wrong setting gives
 * one clear message instead of fifty refused tickets.
 */
export async function checkIssueType(
  jira: JiraClient,
  settings: Settings,
): Promise<void> {
  let project;
  try {
    project = await jira.getProject(settings.backlogProjectKey);
  } catch (error) {
    if (error instanceof JiraError && error.code === 'NOT_FOUND') {
      throw new BacklogError(
        'NOT_CONFIGURED',
        `The backlog project ${settings.backlogProjectKey} does not exist or you cannot see it.`,
      );
    }
    throw error;
  }

  const wanted = settings.issueType.toLowerCase();
  const type = project.issueTypes.find((t) => t.name.toLowerCase() === wanted);
  if (type === undefined || type.subtask || type.hierarchyLevel !== 0) {
    throw new BacklogError(
      'NOT_CONFIGURED',
      `The backlog project ${project.key} has no standard issue type named ${settings.issueType}.`,
    );
  }
}
