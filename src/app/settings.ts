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
 * Who may save: a Jira administrator, or an administrator of both the
 * backlog project the settings name now and the one they would name.
 * Settings steer every epic's future tickets, so administering the new
 * project alone would let the owner of any project pull every epic's
 * tickets into it; holding both only moves them between projects one
 * already runs. Jira decides, asked as the caller. The project and its
 * issue type must exist.
 */
export async function saveSettings(
  ports: Ports,
  caller: Caller,
  settings: Settings,
): Promise<Settings> {
  const current = (await readSettings(ports)).backlogProjectKey;
  const project = settings.backlogProjectKey;
  if (!(await mayChange(ports, current, project))) {
    ports.log('settings_refused', {
      accountId: caller.accountId,
      projectKey: project,
    });
    throw new AppError(
      'FORBIDDEN',
      'Only a Jira administrator, or an administrator of both the current ' +
        'and the new backlog project, may change the settings.',
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

async function mayChange(
  ports: Ports,
  current: string,
  next: string,
): Promise<boolean> {
  if (await holds(ports, 'ADMINISTER')) return true;

  const after = await administers(ports, next);
  if (after === 'missing') throw unknownProject();
  // A current project that is gone or hidden counts as not administered.
  return after && (await administers(ports, current)) === true;
}

async function administers(
  ports: Ports,
  projectKey: string,
): Promise<boolean | 'missing'> {
  try {
    return await holds(ports, 'ADMINISTER_PROJECTS', projectKey);
  } catch (error) {
    if (error instanceof JiraError && error.code === 'NOT_FOUND') {
      return 'missing';
    }
    throw error;
  }
}

/** Whether the caller holds a global permission, or one in a project. */
async function holds(
  ports: Ports,
  permission: 'ADMINISTER' | 'ADMINISTER_PROJECTS',
  projectKey?: string,
): Promise<boolean> {
  const answer = record(
    await send(ports.asUser, {
      method: 'GET',
      path: path`/rest/api/3/mypermissions`,
      query: {
        ...(projectKey === undefined ? {} : { projectKey }),
        permissions: permission,
      },
    }),
  );

  const entry = record(record(answer['permissions'] ?? {})[permission] ?? {});
  return entry['havePermission'] === true;
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
