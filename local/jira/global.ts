import type { Principal } from '../auth';
import type { SiteCore } from '../core';
import { findUser } from './access';

/**
 * Global permissions, which Jira Cloud's `mypermissions` answers with
 * `type: GLOBAL` in any context, or with none: they belong to the person,
 * not to a project. Only `ADMINISTER` (a Jira administrator) is kept here;
 * people hold it by their record's `globalPermissions`.
 */
export const GLOBAL_PERMISSIONS = {
  ADMINISTER: { id: '0', name: 'Administer Jira' },
} as const;

export type GlobalPermissionKey = keyof typeof GLOBAL_PERMISSIONS;

export function isGlobalPermissionKey(
  text: string,
): text is GlobalPermissionKey {
  return Object.prototype.hasOwnProperty.call(GLOBAL_PERMISSIONS, text);
}

/** The app itself and anonymous callers administer nothing. */
export function hasGlobalPermission(
  core: SiteCore,
  principal: Principal,
  permission: GlobalPermissionKey,
): boolean {
  if (principal.kind !== 'user') return false;
  const user = findUser(core, principal.accountId);
  return user?.globalPermissions?.includes(permission) ?? false;
}
