import type { RoleName, SiteState } from './types';

/**
 * Who is calling. The credential is a bearer token the local site invents:
 * `local-user:<accountId>` is a person (a browser session or API token),
 * `local-app-user:<accountId>` is the app acting as that person through
 * the Forge runtime (`asUser()`), `local-app` the app itself (`asApp()`).
 * Calls through the app are held to the manifest's scopes, as on Forge.
 */
export type Principal =
  | { readonly kind: 'user'; readonly accountId: string; viaApp: boolean }
  | { readonly kind: 'app' }
  | { readonly kind: 'anonymous' };

export const APP_ACCOUNT_ID = 'local-app-account';

export function principalFromHeaders(
  state: SiteState,
  headers: Readonly<Record<string, string | undefined>>,
): Principal {
  const match = /^Bearer (local-app|local-(app-)?user:(.+))$/.exec(
    headers['authorization'] ?? '',
  );
  if (match === null) return { kind: 'anonymous' };
  if (match[1] === 'local-app') return { kind: 'app' };

  const accountId = match[3] ?? '';
  const known = state.users.some((user) => user.accountId === accountId);
  if (!known) return { kind: 'anonymous' };
  return { kind: 'user', accountId, viaApp: match[2] !== undefined };
}

export const PERMISSIONS = {
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects' },
  CREATE_ISSUES: { id: '11', name: 'Create Issues' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues' },
  ASSIGN_ISSUES: { id: '13', name: 'Assign Issues' },
  RESOLVE_ISSUES: { id: '14', name: 'Resolve Issues' },
  ADD_COMMENTS: { id: '15', name: 'Add Comments' },
  DELETE_ISSUES: { id: '16', name: 'Delete Issues' },
  CLOSE_ISSUES: { id: '18', name: 'Close Issues' },
  LINK_ISSUES: { id: '21', name: 'Link Issues' },
  ADMINISTER_PROJECTS: { id: '23', name: 'Administer Projects' },
  SCHEDULE_ISSUES: { id: '28', name: 'Schedule Issues' },
  TRANSITION_ISSUES: { id: '46', name: 'Transition Issues' },
} as const;

export type PermissionKey = keyof typeof PERMISSIONS;

export function isPermissionKey(text: string): text is PermissionKey {
  return Object.prototype.hasOwnProperty.call(PERMISSIONS, text);
}

function roleGrants(role: RoleName, permission: PermissionKey): boolean {
  switch (role) {
    case 'admin':
      return true;
    case 'member':
      return permission !== 'ADMINISTER_PROJECTS';
    case 'viewer':
      return permission === 'BROWSE_PROJECTS';
  }
}

/** Scopes stands for the manifest's `permissions.scopes`; null: no manifest. */
export function hasPermission(
  state: SiteState,
  scopes: readonly string[] | null,
  principal: Principal,
  projectKey: string,
  permission: PermissionKey,
): boolean {
  if (principal.kind === 'anonymous') return false;
  if (principal.kind === 'app') {
    const need = permission === 'BROWSE_PROJECTS' ? 'jira-read' : 'jira-write';
    return scopeAllows(scopes, need);
  }

  if (state.forbidden.includes(`${principal.accountId} ${projectKey}`)) {
    return false;
  }
  const user = state.users.find((u) => u.accountId === principal.accountId);
  const role = user?.roles[projectKey];
  return role !== undefined && roleGrants(role, permission);
}

/** What a route needs from the manifest's scopes when the app calls it. */
export type ScopeNeed =
  | 'jira-read'
  | 'jira-write'
  | 'jira-user'
  | 'agile-read'
  | 'agile-write'
  | 'confluence-read'
  | 'storage'
  | 'none';

/** Any one scope of a list is enough: classic first, then granular ones. */
const ACCEPTED_SCOPES: Readonly<Record<ScopeNeed, readonly string[]>> = {
  'jira-read': [
    'read:jira-work',
    'read:issue:jira',
    'read:issue-details:jira',
    'read:jql:jira',
    'read:project:jira',
    'read:issue.property:jira',
  ],
  'jira-write': [
    'write:jira-work',
    'write:issue:jira',
    'write:issue.property:jira',
    'write:issue-link:jira',
    'write:comment:jira',
  ],
  'jira-user': ['read:jira-user', 'read:me', 'read:user:jira'],
  'agile-read': [
    'read:jira-work',
    'read:board-scope:jira-software',
    'read:sprint:jira-software',
  ],
  'agile-write': ['write:jira-work', 'write:sprint:jira-software'],
  'confluence-read': [
    'read:confluence-content.summary',
    'read:confluence-content.all',
    'read:page:confluence',
  ],
  storage: ['storage:app'],
  none: [],
};

export function scopeAllows(
  scopes: readonly string[] | null,
  need: ScopeNeed,
): boolean {
  if (scopes === null || need === 'none') return true;
  return ACCEPTED_SCOPES[need].some((scope) => scopes.includes(scope));
}

/** Whether the manifest's scopes apply to this caller. */
export function isHeldToScopes(principal: Principal): boolean {
  return (
    principal.kind === 'app' || (principal.kind === 'user' && principal.viaApp)
  );
}
