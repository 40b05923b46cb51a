import { jiraTime } from './http';
import { paragraph } from './jira/adf';
import type {
  IssueRecord,
  IssueTypeRecord,
  ProjectRecord,
  SiteState,
} from './types';

/**
 * The site a developer finds on first start:
 * - ENG, company-managed, with epics ENG-1 "Payment platform" and ENG-2,
 *   and stories under them; bob cannot see it;
 * - SEC, the security backlog (issue type "Task"), with a scrum board that
 *   has one active and one future sprint;
 * - OPS, whose level-1 type is named "Initiative", not "Epic";
 * - a Confluence space whose page holds the risk-report macro for ENG-1.
 * Users: alice administers everything and is the Jira administrator, bob
 * is a member of SEC and OPS only, carol may only browse.
 */

const standardTypes = (epicName: string): IssueTypeRecord[] => [
  {
    id: '10000',
    name: epicName,
    description: 'A big piece of work.',
    hierarchyLevel: 1,
  },
  {
    id: '10001',
    name: 'Story',
    description: 'A user-facing feature.',
    hierarchyLevel: 0,
  },
  {
    id: '10002',
    name: 'Task',
    description: 'A piece of work.',
    hierarchyLevel: 0,
  },
  { id: '10003', name: 'Bug', description: 'A problem.', hierarchyLevel: 0 },
  {
    id: '10004',
    name: 'Sub-task',
    description: 'Part of a task.',
    hierarchyLevel: -1,
  },
];

function project(
  id: string,
  key: string,
  name: string,
  epicName = 'Epic',
): ProjectRecord {
  return {
    id,
    key,
    name,
    style: 'classic',
    issueTypes: standardTypes(epicName),
    leadAccountId: 'alice',
    nextNumber: 1,
  };
}

interface IssueSeed {
  readonly type: string;
  readonly summary: string;
  readonly text?: string;
  readonly parent?: string;
  readonly status?: string;
  readonly labels?: string[];
}

const SEEDS: Readonly<Record<string, readonly IssueSeed[]>> = {
  ENG: [
    {
      type: '10000',
      summary: 'Payment platform',
      text: 'Card payments for the web shop: checkout, tokenisation and the PSP webhook.',
      status: '10001',
    },
    {
      type: '10000',
      summary: 'Customer notifications',
      text: 'E-mail and SMS receipts.',
    },
    {
      type: '10001',
      summary: 'Checkout page takes card details',
      parent: 'ENG-1',
    },
    {
      type: '10001',
      summary: 'Tokenise cards with the payment provider',
      parent: 'ENG-1',
    },
    {
      type: '10002',
      summary: 'Receive payment provider webhooks',
      parent: 'ENG-1',
    },
    {
      type: '10001',
      summary: 'Send a receipt e-mail after payment',
      parent: 'ENG-2',
    },
  ],
  SEC: [
    {
      type: '10002',
      summary: 'Review third-party libraries',
      labels: ['security'],
    },
    {
      type: '10002',
      summary: 'Rotate the staging database password',
      labels: ['security'],
      status: '10002',
    },
  ],
  OPS: [
    { type: '10000', summary: 'Move logging to the new cluster' },
    { type: '10002', summary: 'Provision log shippers', parent: 'OPS-1' },
  ],
};

function seedIssues(state: SiteState, created: string): void {
  for (const owner of state.projects) {
    for (const seed of SEEDS[owner.key] ?? []) {
      state.counters.issue += 1;
      const key = `${owner.key}-${owner.nextNumber}`;
      owner.nextNumber += 1;
      const issue: IssueRecord = {
        id: String(10000 + state.counters.issue),
        key,
        projectKey: owner.key,
        typeId: seed.type,
        summary: seed.summary,
        description: seed.text === undefined ? null : paragraph(seed.text),
        statusId: seed.status ?? '10000',
        priorityId: '3',
        labels: seed.labels ?? [],
        parentKey: seed.parent ?? null,
        created,
        updated: created,
        creatorId: 'alice',
        resolutionDate: seed.status === '10002' ? created : null,
        properties: {},
        comments: [],
        sprintIds: [],
      };
      state.issues[key] = issue;
    }
  }
}

/** The macro configuration the seed page holds; see local/README.md. */
export const SEED_MACRO_CONFIG = { source: 'epic', epicKey: 'ENG-1' };

export function seedState(now: Date, macroModuleKey: string): SiteState {
  const created = jiraTime(now);
  const state: SiteState = {
    version: 1,
    counters: { issue: 0, comment: 0, link: 0 },
    users: [
      {
        accountId: 'alice',
        displayName: 'Alice Admin',
        email: 'alice@example.test',
        roles: { ENG: 'admin', SEC: 'admin', OPS: 'admin' },
        globalPermissions: ['ADMINISTER'],
      },
      {
        accountId: 'bob',
        displayName: 'Bob Builder',
        email: 'bob@example.test',
        roles: { SEC: 'member', OPS: 'member' },
      },
      {
        accountId: 'carol',
        displayName: 'Carol Viewer',
        email: 'carol@example.test',
        roles: { ENG: 'viewer', SEC: 'viewer', OPS: 'viewer' },
      },
    ],
    projects: [
      project('10000', 'ENG', 'Engineering'),
      project('10001', 'SEC', 'Security backlog'),
      project('10002', 'OPS', 'Operations', 'Initiative'),
    ],
    issues: {},
    links: [],
    boards: [
      { id: 1, name: 'SEC board', type: 'scrum', projectKey: 'SEC' },
      { id: 2, name: 'ENG board', type: 'kanban', projectKey: 'ENG' },
    ],
    sprints: [
      {
        id: 1,
        boardId: 1,
        name: 'SEC Sprint 1',
        state: 'active',
        startDate: created,
        endDate: null,
        goal: 'Burn down the backlog',
      },
      {
        id: 2,
        boardId: 1,
        name: 'SEC Sprint 2',
        state: 'future',
        startDate: null,
        endDate: null,
        goal: '',
      },
    ],
    spaces: [{ id: '65537', key: 'ENG', name: 'Engineering' }],
    pages: [
      {
        id: '98305',
        spaceKey: 'ENG',
        title: 'Payment platform: risk report',
        paragraphs: [
          'The live threat model report of the payment platform epic.',
        ],
        macros: [
          {
            localId: 'risk-report-1',
            moduleKey: macroModuleKey,
            config: { ...SEED_MACRO_CONFIG },
          },
        ],
        authorId: 'alice',
        created,
        version: 1,
      },
    ],
    kvs: { plain: {}, secret: {}, entity: {} },
    forbidden: [],
  };
  seedIssues(state, created);
  return state;
}
