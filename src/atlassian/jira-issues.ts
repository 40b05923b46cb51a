import { JiraError } from './jira-error';
import {
  checkId,
  checkIssueKey,
  checkPropertyKey,
  idText,
  list,
  record,
  send,
  text,
} from './jira-send';
import { readIssue } from './jira-search';
import type {
  AdfDocLike,
  IssueLink,
  JiraIssue,
  Transition,
} from './jira-types';
import { path, type Requester, type RestPath } from './request';

/** Single-issue reads and writes of the Jira platform REST API (v3). */
export async function getIssue(
  requester: Requester,
  key: string,
  fields: readonly string[],
  properties: readonly string[] = [],
): Promise<JiraIssue> {
  const body = await send(requester, {
    method: 'GET',
    path: path`/rest/api/3/issue/${checkIssueKey(key)}`,
    query: {
      fields: fields.join(','),
      ...(properties.length > 0 ? { properties: properties.join(',') } : {}),
    },
  });
  return readIssue(body);
}

/** Which of the named permissions the principal holds on an issue. */
export async function getMyPermissions(
  requester: Requester,
  issueKey: string,
  permissions: readonly string[],
): Promise<Record<string, boolean>> {
  const body = record(
    await send(requester, {
      method: 'GET',
      path: path`/rest/api/3/mypermissions`,
      query: {
        issueKey: checkIssueKey(issueKey),
        permissions: permissions.join(','),
      },
    }),
  );

  const held = record(body['permissions'] ?? {});
  const answer: Record<string, boolean> = {};
  for (const name of permissions) {
    const entry = held[name];
    answer[name] =
      entry !== undefined && record(entry)['havePermission'] === true;
  }
  return answer;
}

/** Where one issue property lives, both keys checked before use. */
function propertyPath(issueKey: string, propertyKey: string): RestPath {
  const issue = checkIssueKey(issueKey);
  const property = checkPropertyKey(propertyKey);
  return path`/rest/api/3/issue/${issue}/properties/${property}`;
}

export async function setIssueProperty(
  requester: Requester,
  issueKey: string,
  propertyKey: string,
  value: unknown,
): Promise<void> {
  await send(requester, {
    method: 'PUT',
    path: propertyPath(issueKey, propertyKey),
    body: value,
  });
}

/** The property's value, or undefined when the issue or it is missing. */
export async function getIssueProperty(
  requester: Requester,
  issueKey: string,
  propertyKey: string,
): Promise<unknown> {
  try {
    const body = record(
      await send(requester, {
        method: 'GET',
        path: propertyPath(issueKey, propertyKey),
      }),
    );
    return body['value'];
  } catch (error) {
    if (error instanceof JiraError && error.code === 'NOT_FOUND') {
      return undefined;
    }
    throw error;
  }
}

/** Sets fields of an existing issue (`PUT /issue/{key}`). */
export async function updateIssueFields(
  requester: Requester,
  issueKey: string,
  fields: Readonly<Record<string, unknown>>,
): Promise<void> {
  await send(requester, {
    method: 'PUT',
    path: path`/rest/api/3/issue/${checkIssueKey(issueKey)}`,
    body: { fields },
  });
}

/** Jira accepts the same link twice, so this may be repeated. */
export async function createIssueLink(
  requester: Requester,
  link: IssueLink,
): Promise<void> {
  await send(requester, {
    method: 'POST',
    path: path`/rest/api/3/issueLink`,
    idempotent: true,
    body: {
      type: { name: link.type },
      inwardIssue: { key: checkIssueKey(link.inwardKey) },
      outwardIssue: { key: checkIssueKey(link.outwardKey) },
    },
  });
}

/** Adds a comment; not idempotent: look before sending it again. */
export async function addComment(
  requester: Requester,
  issueKey: string,
  body: AdfDocLike,
): Promise<{ id: string }> {
  const answer = record(
    await send(requester, {
      method: 'POST',
      path: path`/rest/api/3/issue/${checkIssueKey(issueKey)}/comment`,
      body: { body },
    }),
  );
  return { id: idText(answer['id']) };
}

export async function getTransitions(
  requester: Requester,
  issueKey: string,
): Promise<Transition[]> {
  const answer = record(
    await send(requester, {
      method: 'GET',
      path: path`/rest/api/3/issue/${checkIssueKey(issueKey)}/transitions`,
    }),
  );

  return list(answer['transitions']).map((value) => {
    const transition = record(value);
    const to = record(transition['to'] ?? {});
    const category = record(to['statusCategory'] ?? {});
    return {
      id: idText(transition['id']),
      name: text(transition['name']),
      statusCategory:
        typeof category['key'] === 'string' ? category['key'] : '',
    };
  });
}

export async function transitionIssue(
  requester: Requester,
  issueKey: string,
  transitionId: string,
): Promise<void> {
  await send(requester, {
    method: 'POST',
    path: path`/rest/api/3/issue/${checkIssueKey(issueKey)}/transitions`,
    body: { transition: { id: checkId(transitionId) } },
  });
}
