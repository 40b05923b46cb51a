import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The project's local Atlassian site (local/), on loopback with a fresh
 * data directory and the e-commerce model seeded on ENG-1, started the way
 * `npm start` does. Loaded lazily so this folder compiles before it lands.
 */
export interface RunningSite {
  readonly url: string;
  close(): Promise<void>;
}

const LOCAL = resolve(__dirname, '../../local');

export function localSiteExists(): boolean {
  return ['server.ts', 'site.ts', 'forge-runtime.ts', 'seed-model.ts'].every(
    (file) => existsSync(join(LOCAL, file)),
  );
}

interface LocalModules {
  site: typeof import('../../local/site');
  runtime: typeof import('../../local/forge-runtime');
  server: typeof import('../../local/server');
  seed: typeof import('../../local/seed-model');
}

function load(): LocalModules {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    site: require('../../local/site') as LocalModules['site'],
    runtime: require('../../local/forge-runtime') as LocalModules['runtime'],
    server: require('../../local/server') as LocalModules['server'],
    seed: require('../../local/seed-model') as LocalModules['seed'],
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

export async function startLocalSite(): Promise<RunningSite> {
  const modules = load();
  const dataDir = mkdtempSync(join(tmpdir(), 'tm-local-site-'));
  const site = modules.site.createLocalSite({ dataDir, reset: true });
  const runtime = modules.runtime.installForgeRuntime(site, {
    log: () => undefined,
    timeScale: 0,
  });
  const server = await modules.server.startServer(site, { port: 0 });
  const seeded = await modules.seed.seedModel(site, runtime);
  if (seeded !== 'seeded') {
    throw new Error(`the local site did not seed ENG-1: ${seeded}`);
  }

  return {
    url: server.url,
    close: async () => {
      await server.close();
      runtime.uninstall();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
