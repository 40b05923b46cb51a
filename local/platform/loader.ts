import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

import type { ManifestInfo } from '../manifest';

/**
 * Finds a function's handler as Forge does: `handler: file.export` names
 * an export of `src/<file>` (e.g. `forge/index.resolver` is
 * src/forge/index.ts's `resolver`); a bare `index.x` is also looked for in
 * src/forge. The file is TypeScript, loaded through whatever transpiles
 * `.ts` in this process: ts-jest under jest, local/main.js's hook under
 * `npm start`.
 */
export type Handler = (event: unknown, context: unknown) => unknown;

export class FunctionNotFound extends Error {
  override readonly name = 'FunctionNotFound';
}

function sourceFile(root: string, file: string): string | null {
  const src = resolve(root, 'src');
  for (const base of [join(src, file), join(src, 'forge', file)]) {
    const inside = resolve(base).startsWith(src + sep);
    if (inside && ['.ts', '.js'].some((ext) => existsSync(base + ext))) {
      return base;
    }
  }
  return null;
}

export function loadHandler(
  root: string,
  manifest: ManifestInfo | null,
  functionKey: string,
): Handler {
  if (manifest === null) {
    throw new FunctionNotFound(
      'manifest.yml is missing: no function can run yet',
    );
  }
  const ref = manifest.functions.get(functionKey);
  if (ref === undefined) {
    throw new FunctionNotFound(
      `manifest.yml declares no function '${functionKey}'`,
    );
  }

  const base = sourceFile(root, ref.file);
  if (base === null) {
    throw new FunctionNotFound(
      `src/${ref.file}.ts is missing (function '${functionKey}')`,
    );
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(base) as Record<string, unknown>;
  const handler = loaded[ref.exportName];
  if (typeof handler !== 'function') {
    throw new FunctionNotFound(
      `src/${ref.file} exports no function '${ref.exportName}' (function '${functionKey}')`,
    );
  }
  return handler as Handler;
}
