'use strict';
/**
 * Jira calls of a first backlog sync of N new tickets on the local site,
 * and of a second sync with nothing changed. `child`: the backlog is the
 * epic's project, tickets are created under the epic; `linked`: another
 * project, each ticket linked to the epic (Jira has no bulk link call).
 */
require('../local/register-ts.js');
const { countSyncCalls } = require('../test/app/backlog-count.ts');

const SIZES = [1, 50, 51, 120, 500];

async function main() {
  console.log(
    '\nJira calls for N new tickets (first sync; then unchanged re-sync)',
  );
  const header = [
    'N',
    'placement',
    'bulk creates',
    'ceil(N/50)',
    'links',
    'calls',
    'writes',
    're-sync writes',
  ];
  const rows = [];
  for (const placement of ['child', 'linked']) {
    for (const n of SIZES) {
      const count = await countSyncCalls(n, placement);
      rows.push(
        [
          n,
          placement,
          count.bulkCreates,
          Math.ceil(n / 50),
          count.links,
          count.total,
          count.writes,
          count.resyncWrites,
        ].map(String),
      );
    }
  }
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => r[i].length)),
  );
  const line = (cells) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

main().catch((error) => {
  console.error(`jira-calls: ${error.message}`);
  process.exitCode = 1;
});
