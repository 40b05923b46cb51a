import { APP_ACCOUNT_ID, isPermissionKey, PERMISSIONS } from '../auth';
import { ISSUE_NOT_FOUND, jiraError, json } from '../http';
import type { Route, RouteContext } from '../router';
import type { ProjectRecord } from '../types';
import { can, findUser, visibleIssue, visibleProject } from './access';
import { PRIORITIES } from './catalog';
import {
  GLOBAL_PERMISSIONS,
  hasGlobalPermission,
  isGlobalPermissionKey,
} from './global';
import {
  issueTypeJson,
  priorityJson,
  projectRefJson,
  userJson,
} from './render';
import { userRoute } from './users';

/** Who am I, what may I do, and the project, type and priority lists. */

/** A paged list that fits on one page. */
function onePage<T>(values: readonly T[]) {
  return {
    startAt: 0,
    maxResults: 50,
    total: values.length,
    isLast: true,
    values,
  };
}

function myself({ core, principal }: RouteContext) {
  const accountId =
    principal.kind === 'user' ? principal.accountId : APP_ACCOUNT_ID;
  const user = findUser(core, accountId);
  return json(200, {
    ...userJson(core, accountId),
    ...(user === undefined ? {} : { emailAddress: user.email }),
    locale: 'en_US',
  });
}

const noProject = (key: string) =>
  jiraError(404, [`No project could be found with key '${key}'.`]);

function projectJson(context: RouteContext, project: ProjectRecord) {
  const { core } = context;
  return {
    ...projectRefJson(core, project),
    description: '',
    lead: userJson(core, project.leadAccountId),
    style: project.style,
    isPrivate: false,
    issueTypes: project.issueTypes.map((type) => issueTypeJson(core, type)),
  };
}

function getProject(context: RouteContext) {
  const key = context.params['key'] ?? '';
  const project = visibleProject(context.core, context.principal, key);
  return project ? json(200, projectJson(context, project)) : noProject(key);
}

function searchProjects(context: RouteContext) {
  const { core, principal } = context;
  const values = core.state.projects
    .filter((p) => visibleProject(core, principal, p.key))
    .map((p) => projectJson(context, p));
  return json(200, onePage(values));
}

function projectTypes(context: RouteContext) {
  const id = context.query.get('projectId') ?? '';
  const project = visibleProject(context.core, context.principal, id);
  if (project === undefined) return noProject(id);
  return json(
    200,
    project.issueTypes.map((t) => issueTypeJson(context.core, t)),
  );
}

function createMetaTypes(context: RouteContext) {
  const key = context.params['key'] ?? '';
  const project = visibleProject(context.core, context.principal, key);
  if (project === undefined) return noProject(key);
  const issueTypes = project.issueTypes.map((t) =>
    issueTypeJson(context.core, t),
  );
  return json(200, {
    issueTypes,
    maxResults: 50,
    startAt: 0,
    total: issueTypes.length,
  });
}

function priorities({ core }: RouteContext) {
  return json(
    200,
    PRIORITIES.map((p) => ({
      ...priorityJson(core, p.id),
      statusColor: p.statusColor,
      description: '',
    })),
  );
}

function prioritySearch(context: RouteContext) {
  const values = PRIORITIES.map((p) => ({
    ...priorityJson(context.core, p.id),
    isDefault: p.id === '3',
  }));
  return json(200, onePage(values));
}

function myPermissions({ core, principal, query }: RouteContext) {
  const wanted = (query.get('permissions') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (wanted.length === 0) {
    return jiraError(400, ["The 'permissions' query parameter is required."]);
  }
  const unknown = wanted.filter(
    (p) => !isPermissionKey(p) && !isGlobalPermissionKey(p),
  );
  if (unknown.length > 0)
    return jiraError(400, [`Invalid permissions: ${unknown.join(', ')}`]);

  const issueRef = query.get('issueKey') ?? query.get('issueId');
  const projectRef = query.get('projectKey') ?? query.get('projectId');
  let projectKeys = core.state.projects.map((p) => p.key);
  if (issueRef !== null) {
    const issue = visibleIssue(core, principal, issueRef);
    if (issue === undefined) return jiraError(404, [ISSUE_NOT_FOUND]);
    projectKeys = [issue.projectKey];
  } else if (projectRef !== null) {
    const project = visibleProject(core, principal, projectRef);
    if (project === undefined) return noProject(projectRef);
    projectKeys = [project.key];
  }

  const permissions: Record<string, unknown> = {};
  for (const key of wanted.filter(isGlobalPermissionKey)) {
    permissions[key] = {
      ...GLOBAL_PERMISSIONS[key],
      key,
      type: 'GLOBAL',
      description: '',
      havePermission: hasGlobalPermission(core, principal, key),
    };
  }
  for (const key of wanted.filter(isPermissionKey)) {
    permissions[key] = {
      ...PERMISSIONS[key],
      key,
      type: 'PROJECT',
      description: '',
      havePermission: projectKeys.some((p) => can(core, principal, p, key)),
    };
  }
  return json(200, { permissions });
}

export const metaRoutes: readonly Route[] = [
  {
    method: 'GET',
    template: '/rest/api/3/myself',
    scope: 'jira-user',
    handle: myself,
  },
  userRoute,
  {
    method: 'GET',
    template: '/rest/api/3/mypermissions',
    scope: 'jira-read',
    handle: myPermissions,
  },
  {
    method: 'GET',
    template: '/rest/api/3/project/search',
    scope: 'jira-read',
    handle: searchProjects,
  },
  {
    method: 'GET',
    template: '/rest/api/3/project/{key}',
    scope: 'jira-read',
    handle: getProject,
  },
  {
    method: 'GET',
    template: '/rest/api/3/issuetype/project',
    scope: 'jira-read',
    handle: projectTypes,
  },
  {
    method: 'GET',
    template: '/rest/api/3/issue/createmeta/{key}/issuetypes',
    scope: 'jira-read',
    handle: createMetaTypes,
  },
  {
    method: 'GET',
    template: '/rest/api/3/priority',
    scope: 'jira-read',
    handle: priorities,
  },
  {
    method: 'GET',
    template: '/rest/api/3/priority/search',
    scope: 'jira-read',
    handle: prioritySearch,
  },
];
