import { checkProjectKey, idText, list, record, send, text } from './jira-send';
import type { ProjectInfo } from './jira-types';
import { path, type Requester } from './request';

/** A project and its issue types (`GET /rest/api/3/project/{key}`). */
export async function getProject(
  requester: Requester,
  projectKey: string,
): Promise<ProjectInfo> {
  const answer = record(
    await send(requester, {
      method: 'GET',
      path: path`/rest/api/3/project/${checkProjectKey(projectKey)}`,
    }),
  );

  return {
    id: idText(answer['id']),
    key: text(answer['key']),
    issueTypes: list(answer['issueTypes']).map((value) => {
      const type = record(value);
      const level = type['hierarchyLevel'];
      return {
        id: idText(type['id']),
        name: text(type['name']),
        subtask: type['subtask'] === true,
        hierarchyLevel: typeof level === 'number' ? level : 0,
      };
    }),
  };
}
