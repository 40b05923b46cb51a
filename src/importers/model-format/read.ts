import { ThreatModelError } from '../../model/errors';
import type { ThreatModel } from '../../model/schema';
import { parseModel } from '../../model/validate';
import { type Data, isRecord, list } from '../data/read';
import type { Imported } from '../imported';
import type { DiagramParts } from '../parts';
import { modelFromDiagram, readDiagramField } from './diagram-model';

/**
 * Reads the project's own format, parsed from YAML or JSON. A file with a
 * `diagram` is read as that diagram plus the file's lists: `elements`,
 * `flows` and `boundaries` add to or override what the diagram draws, by
 * id. The one exception is an exported model, valid on its own and already
 * listing every node and subgraph its diagram draws (by the same ids) and
 * a flow for every edge: it is taken as written, so `import(export(model))`
 * gives the model back. A diagram that cannot be read is an error naming
 * its line.
 */
export function readModelFile(data: unknown): Imported {
  if (!isRecord(data)) {
    throw new ThreatModelError('INVALID_MODEL', 'the model has 1 problem', [
      {
        path: '',
        message:
          'must be a mapping with schemaVersion, system, elements and flows',
      },
    ]);
  }

  const diagram = data.diagram;
  if (typeof diagram !== 'string')
    return { model: parseModel(data), skipped: [] };

  const read = readDiagramField(diagram);
  const exported = listsEveryPart(data, read.parts)
    ? validAlone(data)
    : undefined;
  if (exported !== undefined) return { model: exported, skipped: [] };
  return modelFromDiagram(read, data);
}

/**
 * True when the file lists every element and boundary drawn, by id, and a
 * flow for every edge. Flows are matched by their ends, counting repeats:
 * models exported before repeated edges were named by their labels carry
 * other ids for them (`a->b#2` for `a->b#sql`), and are complete all the
 * same.
 */
function listsEveryPart(file: Data, parts: DiagramParts): boolean {
  const covers = (name: 'elements' | 'boundaries') => {
    const listed = new Set(list(file, name).map(idOf));
    return parts[name].every((part) => listed.has(part.id));
  };

  return covers('elements') && covers('boundaries') && coversEdges(file, parts);
}

function coversEdges(file: Data, parts: DiagramParts): boolean {
  const listed = new Map<string, number>();
  for (const flow of list(file, 'flows')) {
    const key = isRecord(flow) ? endsOf(flow.from, flow.to) : undefined;
    if (key !== undefined) listed.set(key, (listed.get(key) ?? 0) + 1);
  }

  return parts.flows.every((flow) => {
    const key = endsOf(flow.from, flow.to) ?? '';
    const left = listed.get(key) ?? 0;
    listed.set(key, left - 1);
    return left > 0;
  });
}

function endsOf(from: unknown, to: unknown): string | undefined {
  return typeof from === 'string' && typeof to === 'string'
    ? `${from} ${to}`
    : undefined;
}

function idOf(entry: unknown): unknown {
  return isRecord(entry) ? entry.id : undefined;
}

function validAlone(data: Data): ThreatModel | undefined {
  try {
    return parseModel(data);
  } catch (error) {
    if (error instanceof ThreatModelError && error.code === 'INPUT_TOO_LARGE')
      throw error;
    return undefined;
  }
}
