import { ThreatModelError, type Problem } from '../../model/errors';
import type { ThreatModel } from '../../model/schema';
import { parseModel } from '../../model/validate';
import { isRecord } from '../data/read';
import type { Imported } from '../imported';
import { shown } from '../text';
import { modelFromDiagram, readDiagramField } from './diagram-model';

/**
 * Reads the project's own format, parsed from YAML or JSON. A file that is
 * a valid model on its own is that model, its diagram kept as text: so
 * `import(export(model))` gives the model back. A file that needs its
 * diagram to be complete (entries without a name or kind, flows to nodes
 * only the diagram draws) is read as a diagram plus attributes.
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

  const standalone = tryParse(data);
  if (standalone !== undefined) {
    return { model: standalone, skipped: undrawn(standalone, diagram) };
  }
  return modelFromDiagram(readDiagramField(diagram), data);
}

function tryParse(data: unknown): ThreatModel | undefined {
  try {
    return parseModel(data);
  } catch {
    return undefined;
  }
}

/** Says which nodes of a complete model's diagram its lists leave out. */
function undrawn(model: ThreatModel, diagram: string): Problem[] {
  let drawn: readonly { readonly id: string }[];
  try {
    drawn = readDiagramField(diagram).parts.elements;
  } catch {
    return [
      {
        path: 'diagram',
        message: 'the diagram text cannot be read; it is kept as written',
      },
    ];
  }

  const listed = new Set(model.elements.map((element) => element.id));
  const missing = drawn.map((node) => node.id).filter((id) => !listed.has(id));
  if (missing.length === 0) return [];

  const more = missing.length > 5 ? ', …' : '';
  const names = `${missing.slice(0, 5).map(shown).join(', ')}${more}`;
  const message =
    'the model is complete without its diagram, ' +
    `so nodes it draws but does not list (${names}) are not added`;
  return [{ path: 'diagram', message }];
}
