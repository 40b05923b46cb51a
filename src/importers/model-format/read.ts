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
 * id. The one exception is an exported model, which already lists every
 * node, edge and subgraph its diagram draws (by the same ids) and is valid
 * on its own: it is taken as written, so `import(export(model))` gives the
 * model back. A diagram that cannot be read is an error, naming its line.
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

/** True when the file's lists name every element, flow and boundary drawn. */
function listsEveryPart(file: Data, parts: DiagramParts): boolean {
  const covers = (name: keyof DiagramParts, drawn: readonly Data[]) => {
    const listed = new Set(
      list(file, name).map((entry) => (isRecord(entry) ? entry.id : entry)),
    );
    return drawn.every((part) => listed.has(part.id));
  };

  return (
    covers('elements', parts.elements) &&
    covers('flows', parts.flows) &&
    covers('boundaries', parts.boundaries)
  );
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
