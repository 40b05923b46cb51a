import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ForgeRuntime } from './forge-runtime';
import { FrameGrants } from './pages/frames';
import type { LocalSite } from './site';

/**
 * Puts the e-commerce model on ENG-1 the way a user would: the importer
 * in src/importers reads examples/ecommerce-payments.yaml, then the app's
 * own `saveModel` resolver stores it as alice, so the app's storage
 * layout is the app's business. Each missing piece skips the step, with
 * the reason.
 */
export const SEED_EPIC = 'ENG-1';
const EXAMPLE = join('examples', 'ecommerce-payments.yaml');

type Importer = (
  text: string,
  options: { fileName: string },
) => { model: unknown };

function loadImporter(root: string): Importer | null {
  const base = join(root, 'src', 'importers', 'index');
  if (!existsSync(`${base}.ts`) && !existsSync(`${base}.js`)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(base) as { importModel?: unknown };
  return typeof loaded.importModel === 'function'
    ? (loaded.importModel as Importer)
    : null;
}

export async function seedModel(
  site: LocalSite,
  runtime: ForgeRuntime,
): Promise<string> {
  const file = join(site.root, EXAMPLE);
  if (!existsSync(file)) return `skipped: ${EXAMPLE} is missing`;
  const importModel = loadImporter(site.root);
  if (importModel === null)
    return 'skipped: src/importers exports no importModel';
  const panel = site.core.manifest?.uiModules.find(
    (m) => m.type === 'jira:issuePanel',
  );
  if (panel === undefined)
    return 'skipped: manifest.yml has no jira:issuePanel';

  const { model } = importModel(readFileSync(file, 'utf8'), {
    fileName: 'ecommerce-payments.yaml',
  });
  const grant = new FrameGrants().issue({
    moduleKey: panel.key,
    moduleType: 'jira:issuePanel',
    resource: panel.resource,
    mode: 'view',
    target: { kind: 'issue', issueKey: SEED_EPIC },
    accountId: 'alice',
  });
  const answer = await runtime.invokeResolver(grant, 'saveModel', {
    baseRevision: 0,
    model,
  });
  const code = (answer as { ok?: unknown; error?: { code?: unknown } } | null)
    ?.error?.code;
  const failed = (answer as { ok?: unknown } | null)?.ok === false;
  return failed ? `failed: saveModel answered ${String(code)}` : 'seeded';
}
