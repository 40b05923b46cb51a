import type { Regulation } from '../../model/vocabulary';
import { parseModel } from '../../model/validate';
import { isRecord, list, record, text } from '../data/read';
import { IdPool } from '../ids';
import type { Imported } from '../imported';
import { toName, toText } from '../text';
import { checkListed } from '../limits';
import { type Cell, readCells } from './cells';
import { type Collected, collectDiagram } from './diagram';

/**
 * Reads an OWASP Threat Dragon model, 1.x or 2.x. Actors become external
 * entities, processes processes, stores data stores, flows flows; trust
 * boundaries (curves or boxes) hold elements by position. Written threats
 * are reported, except mitigated ones, which become controls.
 */
export function readThreatDragon(data: unknown): Imported {
  const root = isRecord(data) ? data : {};
  const summary = record(root, 'summary') ?? {};
  const detail = record(root, 'detail') ?? {};
  const pools = {
    nodes: new IdPool(),
    boundaries: new IdPool(),
    controls: new IdPool(),
  };
  const out: Collected = {
    elements: [],
    flows: [],
    boundaries: [],
    controls: [],
    notes: [],
    cardPayments: 0,
    threats: 0,
  };
  const diagrams = list(detail, 'diagrams').map((diagram, i) =>
    isRecord(diagram) ? readCells(diagram, `detail.diagrams[${i}]`) : [],
  );
  checkCells(diagrams.flat());
  for (const cells of diagrams) collectDiagram(cells, pools, out);

  const left = out.threats - out.controls.length;
  if (left > 0) {
    const message =
      `${left} of ${out.threats} threats written in Threat Dragon are not imported; ` +
      `${out.controls.length} mitigated ones became controls`;
    out.notes.unshift({ path: 'detail.diagrams', message });
  }

  const regulations: Regulation[] = out.cardPayments > 0 ? ['pci-dss'] : [];
  const description = toText(text(summary, 'description'), 4000);
  const model = parseModel({
    schemaVersion: 1,
    system: {
      name: toName(text(summary, 'title')) ?? 'Threat Dragon model',
      ...(description === undefined ? {} : { description }),
      regulations,
    },
    elements: out.elements,
    flows: out.flows,
    boundaries: out.boundaries,
    controls: out.controls,
  });
  return { model, skipped: out.notes };
}

/** Refuses a file drawing more than a model may hold, before placing anything. */
function checkCells(cells: readonly Cell[]): void {
  const count = (kinds: readonly Cell['kind'][]) =>
    cells.filter((cell) => kinds.includes(cell.kind)).length;

  const path = 'detail.diagrams';
  checkListed('elements', count(['actor', 'process', 'store']), path);
  checkListed('flows', count(['flow']), path);
  checkListed('boundaries', count(['boundary']), path);
}
