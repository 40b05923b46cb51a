import type { MitigationItem } from '../../src/analysis/types';
import type { TicketScope } from '../../src/app/contract';
import {
  DEFAULT_SETTINGS,
  type ExistingTicket,
  planBacklog,
  recommendedCount,
} from '../../src/backlog';
import { analysisOf, item, threat } from './fixtures';

const epic = { key: 'ENG-1', summary: 'Checkout', url: '/browse/ENG-1' };

/**
 * Two threats above tolerance: A answers the first, B the second, C both
 * and removes the most risk; D is implemented.
 */
function shop(flags: { a: boolean; b: boolean; c: boolean }) {
  return analysisOf(
    [
      threat('R1@web', 'critical', ['S'], {
        mitigations: ['A@web', 'C@web', 'D@web'],
      }),
      threat('R2@web', 'high', ['S'], { mitigations: ['B@web', 'C@web'] }),
    ],
    [
      item('A@web', ['R1@web'], { recommended: flags.a }),
      item('B@web', ['R2@web'], { recommended: flags.b }),
      item('C@web', ['R1@web', 'R2@web'], {
        recommended: flags.c,
        riskReduction: 6,
      }),
      item('D@web', ['R1@web'], { status: 'implemented', recommended: false }),
    ],
  );
}

function ticket(key: string, issueKey: string): ExistingTicket {
  return {
    issueKey,
    property: {
      version: 1,
      key,
      epics: ['ENG-1'],
      severities: { 'ENG-1': 'critical' },
      priority: 'Highest',
      obsoleteFor: [],
    },
    statusCategory: 'new',
    parentKey: 'ENG-1',
    linkedKeys: [],
  };
}

function plan(
  analysis: ReturnType<typeof shop>,
  existing: ExistingTicket[] = [],
  ticketScope: TicketScope = 'recommended',
) {
  const settings = { ...DEFAULT_SETTINGS, ticketScope };
  return planBacklog({ analysis, epic, settings, existing });
}

describe('the ticket scope of planBacklog', () => {
  it('recommends by default', () => {
    expect(DEFAULT_SETTINGS.ticketScope).toBe('recommended');
  });

  test.each<[TicketScope, string[]]>([
    ['recommended', ['A@web', 'B@web']],
    ['all', ['A@web', 'B@web', 'C@web']],
  ])('with scope %s creates tickets for %j', (scope, keys) => {
    const analysis = shop({ a: true, b: true, c: false });

    const result = plan(analysis, [], scope);

    expect(result.create.map((t) => t.draft.mitigationKey)).toEqual(keys);
  });

  it('keeps the ticket of a mitigation no longer recommended, linked and not obsolete', () => {
    const analysis = shop({ a: false, b: false, c: true });
    const existing = [ticket('A@web', 'SEC-1')];

    const result = plan(analysis, existing);

    expect(result.unchanged.map((t) => t.issueKey)).toEqual(['SEC-1']);
    expect(result.obsolete).toEqual([]);
    expect(result.update).toEqual([]);
    expect(result.create.map((t) => t.draft.mitigationKey)).toEqual(['C@web']);
  });

  it('still follows the risk of a ticket no longer recommended', () => {
    const analysis = shop({ a: false, b: false, c: true });
    const existing = [ticket('B@web', 'SEC-2')];

    const result = plan(analysis, existing);

    expect(result.update).toEqual([
      expect.objectContaining({
        ticket: expect.objectContaining({ issueKey: 'SEC-2' }),
        priority: 'High',
      }),
    ]);
  });

  it('recommends afresh an analysis stored before items had the flag', () => {
    const flagged = shop({ a: false, b: false, c: true });
    const stored = {
      ...flagged,
      mitigations: flagged.mitigations.map(
        (entry) =>
          Object.fromEntries(
            Object.entries(entry).filter(([key]) => key !== 'recommended'),
          ) as unknown as MitigationItem,
      ),
    };

    const result = plan(stored);

    expect(result.create.map((t) => t.draft.mitigationKey)).toEqual(['C@web']);
  });
});

describe('recommendedCount', () => {
  it('counts the recommended mitigations out of all of them', () => {
    expect(recommendedCount(shop({ a: true, b: false, c: true }))).toEqual({
      recommended: 2,
      mitigations: 4,
    });
  });
});
