import { countSyncCalls } from './backlog-count';

const SPRINT_ADD = 'POST /rest/agile/1.0/sprint/{sprintId}/issue';

describe('countSyncCalls on the local site', () => {
  test.each([1, 49, 50, 51, 120, 250])(
    'creates %i tickets under the epic in ⌈N/50⌉ bulk calls and no link call',
    async (tickets) => {
      const count = await countSyncCalls(tickets, 'child');

      expect(count.bulkCreates).toBe(Math.ceil(tickets / 50));
      expect(count.links).toBe(0);
      expect(count.writes).toBe(Math.ceil(tickets / 50));
      expect(count.resyncWrites).toBe(0);
      // One search, a page per 100 tickets.
      expect(count.resyncCalls).toBe(Math.ceil(tickets / 100));
    },
  );

  it('links each ticket once and fills the sprint 50 at a time when the backlog is SEC', async () => {
    const count = await countSyncCalls(120, 'linked');

    expect(count.bulkCreates).toBe(3);
    expect(count.links).toBe(120);
    expect(count.calls[SPRINT_ADD]).toBe(3);
    expect(count.resyncWrites).toBe(0);
  });
});
