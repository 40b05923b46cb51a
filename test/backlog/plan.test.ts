import type { TicketRef } from '../../src/app/contract';
import {
  DEFAULT_SETTINGS,
  type ExistingTicket,
  planBacklog,
  type TicketProperty,
  toPlanView,
} from '../../src/backlog';
import type { Severity } from '../../src/model/vocabulary';
import { analysisOf, item, threat } from './fixtures';

const epic = { key: 'ENG-1', summary: 'Checkout', url: '/browse/ENG-1' };

function property(
  key: string,
  overrides: Partial<TicketProperty> = {},
): TicketProperty {
  return {
    version: 1,
    key,
    epics: ['ENG-1'],
    severities: { 'ENG-1': 'high' },
    priority: 'High',
    obsoleteFor: [],
    ...overrides,
  };
}

function ticket(
  issueKey: string,
  prop: TicketProperty,
  statusCategory: TicketRef['statusCategory'] = 'new',
  parentKey: string | null = 'ENG-1',
): ExistingTicket {
  return {
    issueKey,
    property: prop,
    statusCategory,
    parentKey,
    linkedKeys: [],
  };
}

/** One open mitigation `M@web` answering one threat of this severity. */
function analysisWith(
  severity: Severity,
  status: 'open' | 'implemented' = 'open',
) {
  return analysisOf(
    [threat('R1@web', severity, ['S', 'I'])],
    [item('M@web', ['R1@web'], { status })],
  );
}

function plan(existing: ExistingTicket[], analysis = analysisWith('high')) {
  return planBacklog({ analysis, epic, settings: DEFAULT_SETTINGS, existing });
}

describe('planBacklog', () => {
  it('plans one ticket per open mitigation with its priority, labels and property', () => {
    const analysis = analysisOf(
      [threat('R1@web', 'critical', ['I']), threat('R2@web', 'low', ['S'])],
      [
        item('A@web', ['R1@web', 'R2@web']),
        item('B@web', ['R2@web']),
        item('C@web', [], { status: 'implemented' }),
      ],
    );

    const result = plan([], analysis);

    expect(result.create.map((t) => t.draft)).toEqual([
      expect.objectContaining({
        mitigationKey: 'A@web',
        priority: 'Highest',
        severity: 'critical',
        projectKey: 'SEC',
        issueType: 'Task',
        sprint: 'next',
        labels: ['security', 'threat-model', 'stride-S', 'stride-I'],
        threats: ['R1@web', 'R2@web'],
      }),
      expect.objectContaining({ mitigationKey: 'B@web', priority: 'Low' }),
    ]);
    expect(result.create[0]?.property).toEqual({
      version: 1,
      key: 'A@web',
      epics: ['ENG-1'],
      severities: { 'ENG-1': 'critical' },
      priority: 'Highest',
      obsoleteFor: [],
    });
  });

  it('plans a mitigation listed twice in the analysis once', () => {
    const analysis = analysisOf(
      [threat('R1@web')],
      [item('A@web', ['R1@web']), item('A@web', ['R1@web'])],
    );

    expect(plan([], analysis).create).toHaveLength(1);
  });

  test.each<
    [
      string,
      ExistingTicket[],
      Severity,
      { update: number; unchanged: number; create: number },
    ]
  >([
    [
      'a ticket that matches',
      [ticket('SEC-1', property('M@web'))],
      'high',
      { update: 0, unchanged: 1, create: 0 },
    ],
    [
      'a ticket whose risk moved',
      [ticket('SEC-1', property('M@web'))],
      'critical',
      { update: 1, unchanged: 0, create: 0 },
    ],
    [
      'a done ticket whose risk fell because it is done',
      [ticket('SEC-1', property('M@web'), 'done')],
      'low',
      { update: 0, unchanged: 1, create: 0 },
    ],
    ['no ticket', [], 'high', { update: 0, unchanged: 0, create: 1 }],
  ])('for %s plans %j', (_name, existing, severity, counts) => {
    const result = plan(existing, analysisWith(severity));

    expect({
      update: result.update.length,
      unchanged: result.unchanged.length,
      create: result.create.length,
    }).toEqual(counts);
  });

  it('changes the priority field only when the risk moved it', () => {
    const result = plan(
      [ticket('SEC-1', property('M@web'))],
      analysisWith('medium'),
    );

    expect(result.update[0]).toMatchObject({
      priority: 'Medium',
      propertyChanged: true,
      linkToEpic: false,
      property: { severities: { 'ENG-1': 'medium' }, priority: 'Medium' },
    });
  });

  it('records a new severity without touching a priority it does not change', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      priorities: { ...DEFAULT_SETTINGS.priorities, critical: 'High' },
    };

    const result = planBacklog({
      analysis: analysisWith('critical'),
      epic,
      settings,
      existing: [ticket('SEC-1', property('M@web'))],
    });

    expect(result.update[0]).toMatchObject({
      priority: null,
      propertyChanged: true,
    });
  });

  it('adopts another epic’s ticket for a shared mitigation and links it', () => {
    const shared = property('M@web', {
      epics: ['ENG-9'],
      severities: { 'ENG-9': 'critical' },
      priority: 'Highest',
    });

    const result = plan(
      [ticket('SEC-4', shared, 'new', 'ENG-9')],
      analysisWith('low'),
    );

    expect(result.create).toEqual([]);
    expect(result.update[0]).toMatchObject({
      ticket: { issueKey: 'SEC-4' },
      linkToEpic: true,
      priority: null,
      property: {
        epics: ['ENG-9', 'ENG-1'],
        severities: { 'ENG-9': 'critical', 'ENG-1': 'low' },
        priority: 'Highest',
      },
    });
  });

  it('does not link a ticket already linked to the epic', () => {
    const shared = property('M@web', {
      epics: ['ENG-9', 'ENG-1'],
      severities: { 'ENG-9': 'high', 'ENG-1': 'high' },
    });
    const linked = {
      ...ticket('SEC-4', shared, 'new', 'ENG-9'),
      linkedKeys: ['ENG-1'],
    };

    expect(plan([linked]).unchanged).toHaveLength(1);
  });

  it('links again a ticket of this epic whose link went missing', () => {
    const unlinked = ticket('SEC-4', property('M@web'), 'new', null);

    expect(plan([unlinked]).update[0]).toMatchObject({
      linkToEpic: true,
      propertyChanged: false,
    });
  });

  it('comments once on a ticket whose mitigation left the model', () => {
    const gone = ticket('SEC-2', property('GONE@db'));

    const first = plan([gone]);
    const told = ticket('SEC-2', first.obsolete[0]!.property);
    const second = plan([told]);

    expect(first.obsolete.map((o) => o.ticket.issueKey)).toEqual(['SEC-2']);
    expect(first.obsolete[0]?.property.obsoleteFor).toEqual(['ENG-1']);
    expect(second.obsolete).toEqual([]);
    expect(second.unchanged.map((t) => t.issueKey)).toEqual(['SEC-2']);
  });

  it('leaves a done ticket alone when its mitigation leaves the model', () => {
    expect(
      plan([ticket('SEC-2', property('GONE@db'), 'done')]).obsolete,
    ).toEqual([]);
  });

  it('ignores another epic’s ticket whose key this model lacks', () => {
    const other = ticket('SEC-2', property('X@db', { epics: ['ENG-9'] }));

    const result = plan([other]);

    expect(result.obsolete).toEqual([]);
    expect(result.unchanged).toEqual([]);
  });

  it('takes back a ticket once told it was obsolete when the mitigation returns', () => {
    const told = ticket('SEC-1', property('M@web', { obsoleteFor: ['ENG-1'] }));

    expect(plan([told]).update[0]).toMatchObject({
      property: { obsoleteFor: [] },
      priority: null,
    });
  });

  it('keeps the earliest of duplicate tickets and reports the others', () => {
    const result = plan([
      ticket('SEC-12', property('M@web')),
      ticket('SEC-3', property('M@web')),
    ]);

    expect(result.unchanged.map((t) => t.issueKey)).toEqual(['SEC-3']);
    expect(result.duplicates.map((t) => t.issueKey)).toEqual(['SEC-12']);
  });

  it('creates nothing for an implemented mitigation without a ticket', () => {
    expect(plan([], analysisWith('high', 'implemented')).create).toEqual([]);
  });

  it('previews drafts, unchanged and obsolete tickets for the panel', () => {
    const analysis = analysisOf(
      [threat('R1@web')],
      [item('M@web', ['R1@web']), item('N@web', ['R1@web'])],
    );

    const view = toPlanView(
      plan(
        [
          ticket('SEC-1', property('M@web')),
          ticket('SEC-2', property('GONE@db')),
        ],
        analysis,
      ),
    );

    expect(view.create.map((d) => d.mitigationKey)).toEqual(['N@web']);
    expect(view.unchanged.map((t) => t.issueKey)).toEqual(['SEC-1']);
    expect(view.obsolete.map((t) => t.issueKey)).toEqual(['SEC-2']);
  });
});
