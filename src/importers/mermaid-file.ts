import type { Problem } from '../model/errors';
import { SystemContext } from '../model/schema';
import { type Data, record } from './data/read';
import type { Imported } from './imported';
import { type MermaidRead, readMermaid } from './mermaid';
import { modelFromDiagram } from './model-format/diagram-model';
import { baseName, keyOf, toName } from './text';

const SYSTEM_KEYS = new Set(Object.keys(SystemContext.shape));
const MODEL_KEYS = new Set([
  'elements',
  'flows',
  'boundaries',
  'assets',
  'actors',
  'controls',
]);
const OTHER_KEYS = new Set(['title', 'system', 'schemaVersion']);

/**
 * Imports a Mermaid flowchart, alone or in Markdown. Markdown front matter
 * may describe the system (`title`, `system:` or its fields at the top
 * level) and carry the model's other lists; `elements`, `flows` and
 * `boundaries` there override what the diagram draws, by id.
 */
export function importMermaidFile(source: string, fileName?: string): Imported {
  const read = readMermaid(source);
  const notes: Problem[] = [];
  const file = modelFile(read, fileName, notes);
  const imported = modelFromDiagram(read, file, 'front matter');
  return { model: imported.model, skipped: [...notes, ...imported.skipped] };
}

function modelFile(
  read: MermaidRead,
  fileName: string | undefined,
  notes: Problem[],
): Data {
  const front = read.frontMatter ?? {};
  const file: Record<string, unknown> = { schemaVersion: 1 };
  const system: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(front)) {
    if (SYSTEM_KEYS.has(key)) system[key] = value;
    else if (MODEL_KEYS.has(key)) file[key] = value;
    else if (!OTHER_KEYS.has(key)) {
      notes.push({
        path: `front matter: ${keyOf(key)}`,
        message: 'not part of a model: ignored',
      });
    }
  }

  Object.assign(system, record(front, 'system') ?? {});
  const fallback =
    fileName === undefined ? undefined : toName(baseName(fileName));
  system.name ??= read.title ?? fallback ?? 'Imported diagram';
  file.system = system;
  if (read.diagram !== undefined) file.diagram = read.diagram;
  if (Object.hasOwn(front, 'schemaVersion'))
    file.schemaVersion = front.schemaVersion;
  return file;
}
