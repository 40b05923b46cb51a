import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { installForgeRuntime } from './forge-runtime';
import { seedModel, SEED_EPIC } from './seed-model';
import { startServer } from './server';
import { createLocalSite } from './site';

/**
 * `npm start`: build the Custom UI, open (or seed) the local site, attach
 * the Forge runtime, listen on 127.0.0.1 (PORT, default 3000), stay up.
 * Flags: `--reset` seeds afresh, `--no-build` skips the UI build.
 */
const root = resolve(__dirname, '..');

function hasScript(name: string): boolean {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return pkg.scripts?.[name] !== undefined;
}

function buildUi(): void {
  if (!hasScript('build:ui')) {
    console.log('[local] no build:ui script yet: frames will say what to run');
    return;
  }
  console.log('[local] building the Custom UI (npm run build:ui)...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '--silent', 'build:ui'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0)
    console.log('[local] the UI build failed: frames show what is missing');
}

function port(argv: readonly string[]): number {
  const flag = argv.indexOf('--port');
  const text = flag >= 0 ? argv[flag + 1] : process.env['PORT'];
  const value = Number(text ?? 3000);
  if (!Number.isInteger(value) || value < 0 || value > 65535)
    throw new Error(`bad port: ${String(text)}`);
  return value;
}

function warnings(site: ReturnType<typeof createLocalSite>): void {
  const manifest = site.core.manifest;
  if (manifest === null) {
    console.log(
      '[local] manifest.yml is missing: every scope is granted and no function can run',
    );
  } else if (manifest.entityProperties === null) {
    console.log(
      '[local] no jira:entityProperty in manifest.yml: every issue property ' +
        'is searchable here (on Jira none would be)',
    );
  }
  const missing = ['panel', 'macro', 'macro-config'].filter(
    (app) => !existsSync(join(root, 'static', app, 'dist', 'index.html')),
  );
  if (missing.length > 0)
    console.log(
      `[local] not built: ${missing.join(', ')} (run npm run build:ui)`,
    );
}

export async function main(argv: readonly string[]): Promise<void> {
  if (!argv.includes('--no-build')) buildUi();
  const site = createLocalSite({ root, reset: argv.includes('--reset') });
  warnings(site);
  const runtime = installForgeRuntime(site);
  const server = await startServer(site, {
    port: port(argv),
    host: '127.0.0.1',
  });

  if (site.freshlySeeded) {
    const outcome = await seedModel(site, runtime).catch(
      (error: unknown) =>
        `failed: ${error instanceof Error ? error.name : 'error'}`,
    );
    console.log(`[local] seed model on ${SEED_EPIC}: ${outcome}`);
  }

  console.log(`
Local Atlassian site: ${server.url}   (frames from ${server.frameUrl})
State: ${join(root, '.local-site')} (npm start -- --reset to seed again)

Click through:
  1. Open ${server.url}/browse/${SEED_EPIC} (the "Payment platform" epic; you are alice).
  2. In the Threat model panel, press Analyze.
  3. Press Create tickets: they appear in SEC, linked to ${SEED_EPIC}.
  4. Open one ticket, choose "Done" under Status and press Move:
     the epic's residual risk drops (reload ${SEED_EPIC}).
  Also: ${server.url}/wiki/spaces/ENG/pages/98305 (the risk report macro),
  ${server.url}/_local/login?as=bob (no access to ENG), ?as=carol (browse only).
`);

  const shutdown = () => {
    runtime.uninstall();
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
