import { JiraError } from '../atlassian/jira-error';
import { record, send } from '../atlassian/jira-send';
import { path } from '../atlassian/request';
import { RevisionConflict } from './model-store';
import type { Ports } from './ports';

/**
 * The conflict again, naming its author as Jira shows them to the caller
 * (`GET /rest/api/3/user`, asked as the user, so Jira's own rules on who
 * may see whom apply). When Jira will not say, the account id stays: a
 * name is a courtesy, never a reason to fail the answer.
 *
 * TODO: names appear on Forge only once the manifest grants
 * `read:jira-user`; until then Jira refuses the look-up and the message
 * names the account id.
 */
export async function named(
  ports: Pick<Ports, 'asUser'>,
  conflict: RevisionConflict,
): Promise<RevisionConflict> {
  const accountId = conflict.current.savedBy;
  if (accountId === null) return conflict;

  const name = await displayName(ports, accountId);
  return name === null
    ? conflict
    : new RevisionConflict(conflict.current, name);
}

async function displayName(
  ports: Pick<Ports, 'asUser'>,
  accountId: string,
): Promise<string | null> {
  try {
    const user = record(
      await send(ports.asUser, {
        method: 'GET',
        path: path`/rest/api/3/user`,
        query: { accountId },
      }),
    );
    const name = user['displayName'];
    return typeof name === 'string' && name.trim() !== '' ? name : null;
  } catch (error) {
    if (error instanceof JiraError) return null;
    throw error;
  }
}
