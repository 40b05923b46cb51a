import { createJiraClient } from '../atlassian/jira-client';
import { JiraError } from '../atlassian/jira-error';
import { record, send } from '../atlassian/jira-send';
import { path } from '../atlassian/request';
import { DEFAULT_SETTINGS } from '../backlog/settings';
import { AppError } from './app-error';
import type { Settings } from './contract';
import { SettingsSchema } from './payloads';
import type { Caller, Ports } from './ports';
import { storageKeys } from './storage-keys';

/** The site's settings, or the defaults until an administrator saves. */
export async function getSettings(ports: Ports): Promise<Settings> {
  return readSettings(ports);
}

export async function readSettings(
  ports: Pick<Ports, 'store'>,
): Promise<Settings> {
  const stored = SettingsSchema.safeParse(
    await ports.store.get(storageKeys.settings()),
  );
  return stored.success ? stored.data : DEFAULT_SETTINGS;
}

/**
 * Only a Jira administrator, or an administrator of the backlog project the
 * settings name, may save them; Jira decides, asked as the caller. The
 * project and its issue type must exist.
 */
export async function saveSettings(
  ports: Ports,
  caller: Caller,
  settings: Settings,
): Promise<Settings> {
  const project = settings.backlogProjectKey;
  const held = await myPermissions(ports, project);
  if (!held.has('ADMINISTER') && !held.has('ADMINISTER_PROJECTS')) {
    ports.log('settings_refused', {
      accountId: caller.accountId,
      projectKey: project,
    });
    throw new AppError(
      'FORBIDDEN',
      'Only a Jira administrator or an administrator of the backlog project ' +
        'may change the settings.',
    );
  }

  await checkIssueType(ports, settings);
  await ports.store.set(storageKeys.settings(), settings);
  ports.log('settings_saved', {
    accountId: caller.accountId,
    projectKey: project,
  });
  return settings;
}

async function myPermissions(
  ports: Ports,
  projectKey: string,
): Promise<Set<string>> {
  const answer = record(
    await send(ports.asUser, {
      method: 'GET',
      path: path`/rest/api/3/mypermissions`,
      query: { projectKey, permissions: 'ADMINISTER,ADMINISTER_PROJECTS' },
    }).catch((error: unknown) => {
      if (error instanceof JiraError && error.code === 'NOT_FOUND') {
        throw unknownProject();
      }
      throw error;
    }),
  );

  const held = new Set<string>();
  for (const [name, entry] of Object.entries(
    record(answer['permissions'] ?? {}),
  )) {
    if (record(entry)['havePermission'] === true) held.add(name);
  }
  return held;
}

async function checkIssueType(ports: Ports, settings: Settings): Promise<void> {
  const project = await createJiraClient(ports.asUser)
    .getProject(settings.backlogProjectKey)
    .catch((error: unknown) => {
      if (error instanceof JiraError && error.code === 'NOT_FOUND') {
        throw unknownProject();
      }
      throw error;
    });

  const type = project.issueTypes.find((t) => t.name === settings.issueType);
  if (type === undefined || type.subtask || type.hierarchyLevel !== 0) {
    throw new AppError(
      'INVALID_PAYLOAD',
      'The backlog project has no standard issue type by that name.',
      [
        {
          path: 'issueType',
          message: 'is not a standard issue type of the project',
        },
      ],
    );
  }
}

function unknownProject(): AppError {
  return new AppError('INVALID_PAYLOAD', 'There is no such backlog project.', [
    { path: 'backlogProjectKey', message: 'names no project you can see' },
  ]);
}
