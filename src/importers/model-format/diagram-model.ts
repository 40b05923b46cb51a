import { ThreatModelError, type Problem } from '../../model/errors';
import { parseModel } from '../../model/validate';
import type { Data } from '../data/read';
import type { Imported } from '../imported';
import { type MermaidRead, readMermaid } from '../mermaid';
import { overlay, relabel } from './overlay';

/** Lists a model file may carry beside its diagram, applied as an overlay. */
const OVERLAID = new Set(['elements', 'flows', 'boundaries']);

/**
 * A model from a diagram plus a file's other fields: `elements`, `flows`
 * and `boundaries` add to or override what the diagram draws; every other
 * field is taken as written and validated with the rest.
 */
export function modelFromDiagram(
  read: MermaidRead,
  file: Data,
  where = '',
): Imported {
  const overlaid = overlay(read.parts, file, where);
  const { lists } = overlaid;
  const rest = Object.fromEntries(
    Object.entries(file).filter(([key]) => !OVERLAID.has(key)),
  );
  try {
    const model = parseModel({ ...rest, ...lists });
    return { model, skipped: read.parts.notes };
  } catch (error) {
    throw relabel(error, overlaid);
  }
}

/**
 * Reads the `diagram` field of a model file; paths in errors and notes say
 * they are in the diagram, and lines count from its first line. An error
 * carries no file line: where the field starts in the file is not known.
 */
export function readDiagramField(diagram: string): MermaidRead {
  const inDiagram = (p: Problem): Problem => ({
    ...p,
    path: `diagram, ${p.path || 'text'}`,
  });
  let read: MermaidRead;
  try {
    read = readMermaid(diagram);
  } catch (error) {
    if (!(error instanceof ThreatModelError)) throw error;
    const problems = error.problems.map(inDiagram);
    throw new ThreatModelError(
      error.code,
      `in diagram: ${error.message}`,
      problems,
    );
  }

  return {
    ...read,
    parts: { ...read.parts, notes: read.parts.notes.map(inDiagram) },
  };
}
