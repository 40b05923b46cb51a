import { APP_ACCOUNT_ID } from '../auth';
import { jiraError, json } from '../http';
import type { Route, RouteContext } from '../router';
import { findUser } from './access';
import { userJson } from './render';

/**
 * `GET /rest/api/3/user?accountId=`: a person by account id, as Jira
 * Cloud answers it (the app's own account included). Every seeded person
 * may see every other, as with Jira's default "Browse users" grant.
 */
function getUser({ core, query }: RouteContext) {
  const accountId = query.get('accountId');
  if (accountId === null || accountId === '') {
    return jiraError(400, [
      'The accountId query parameter needs to be provided.',
    ]);
  }

  const known =
    accountId === APP_ACCOUNT_ID || findUser(core, accountId) !== undefined;
  if (!known) {
    return jiraError(404, [
      'Specified user does not exist or you do not have required permissions',
    ]);
  }
  return json(200, userJson(core, accountId));
}

export const userRoute: Route = {
  method: 'GET',
  template: '/rest/api/3/user',
  scope: 'jira-user',
  handle: getUser,
};
