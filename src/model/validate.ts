import type { z } from 'zod';
import { ThreatModelError, type Problem } from './errors';
import { checkModelSize, checkNesting } from './limits';
import { ThreatModel } from './schema';

/**
 * Turns untrusted data into a model, or throws naming every field at fault:
 * the schema's complaints first, then references that point nowhere. A
 * model past the size limits (./limits) is INPUT_TOO_LARGE, refused before
 * its lists are read.
 */
export function parseModel(data: unknown): ThreatModel {
  checkModelSize(data);

  const parsed = ThreatModel.safeParse(data);
  if (!parsed.success) {
    throw invalid(parsed.error.issues.map(toProblem));
  }

  const problems = findReferenceProblems(parsed.data);
  if (problems.length > 0) {
    throw invalid(problems);
  }

  checkNesting(parsed.data.boundaries);
  return parsed.data;
}

function invalid(problems: Problem[]): ThreatModelError {
  const count =
    problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new ThreatModelError(
    'INVALID_MODEL',
    `the model has ${count}`,
    problems,
  );
}

function toProblem(issue: z.core.$ZodIssue): Problem {
  return { path: formatPath(issue.path), message: issue.message };
}

export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    text +=
      typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
  }
  return text;
}

function findReferenceProblems(model: ThreatModel): Problem[] {
  const problems: Problem[] = [];
  const nodeIds = new Set<string>();
  const boundaryIds = new Set(model.boundaries.map((b) => b.id));
  const assetIds = new Set(model.assets.map((a) => a.id));

  const claim = (id: string, path: string): void => {
    if (nodeIds.has(id)) {
      problems.push({ path, message: `id '${id}' is used twice` });
    }
    nodeIds.add(id);
  };

  model.elements.forEach((element, i) => {
    claim(element.id, `elements[${i}].id`);
    if (element.boundary !== undefined && !boundaryIds.has(element.boundary)) {
      problems.push(
        missing(`elements[${i}].boundary`, 'trust boundary', element.boundary),
      );
    }
  });

  const elementIds = new Set(model.elements.map((e) => e.id));
  model.flows.forEach((flow, i) => {
    claim(flow.id, `flows[${i}].id`);
    for (const end of ['from', 'to'] as const) {
      if (!elementIds.has(flow[end])) {
        problems.push(missing(`flows[${i}].${end}`, 'element', flow[end]));
      }
    }
    flow.assets.forEach((asset, j) => {
      if (!assetIds.has(asset)) {
        problems.push(missing(`flows[${i}].assets[${j}]`, 'asset', asset));
      }
    });
  });

  problems.push(...findBoundaryProblems(model, boundaryIds));
  model.assets.forEach((asset, i) => {
    asset.storedIn.forEach((holder, j) => {
      if (!elementIds.has(holder)) {
        problems.push(
          missing(`assets[${i}].storedIn[${j}]`, 'element', holder),
        );
      }
    });
  });
  model.controls.forEach((control, i) => {
    control.covers.forEach((target, j) => {
      if (!nodeIds.has(target)) {
        problems.push(
          missing(`controls[${i}].covers[${j}]`, 'element or flow', target),
        );
      }
    });
  });
  findDuplicates(
    model.assets.map((a) => a.id),
    'assets',
    problems,
  );
  findDuplicates(
    model.actors.map((a) => a.id),
    'actors',
    problems,
  );
  findDuplicates(
    model.controls.map((c) => c.id),
    'controls',
    problems,
  );

  return problems;
}

function findBoundaryProblems(model: ThreatModel, ids: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const parents = new Map(model.boundaries.map((b) => [b.id, b.parent]));
  findDuplicates(
    model.boundaries.map((b) => b.id),
    'boundaries',
    problems,
  );

  model.boundaries.forEach((boundary, i) => {
    if (boundary.parent === undefined) return;
    if (!ids.has(boundary.parent)) {
      problems.push(
        missing(`boundaries[${i}].parent`, 'trust boundary', boundary.parent),
      );
      return;
    }

    const seen = new Set<string>();
    let current: string | undefined = boundary.parent;
    while (current !== undefined && !seen.has(current)) {
      if (current === boundary.id) {
        problems.push({
          path: `boundaries[${i}].parent`,
          message: `boundary '${boundary.id}' sits inside itself`,
        });
        return;
      }
      seen.add(current);
      current = parents.get(current);
    }
  });

  return problems;
}

function findDuplicates(
  ids: string[],
  list: string,
  problems: Problem[],
): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) {
      problems.push({
        path: `${list}[${i}].id`,
        message: `id '${id}' is used twice`,
      });
    }
    seen.add(id);
  });
}

function missing(path: string, what: string, id: string): Problem {
  return {
    path,
    message: `names ${what} '${id}', which the model does not have`,
  };
}
