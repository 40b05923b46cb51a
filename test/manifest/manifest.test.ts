import { validate } from '@forge/manifest';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * Atlassian's own validator, offline, on manifest.yml. The Custom UI's
 * dist folders are build output (absent on a clean clone), so the
 * manifest is checked in a staged copy: the real src through a link, and
 * an index.html in each resource folder the manifest names.
 */
const ROOT = resolve(__dirname, '../..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.yml'), 'utf8');

interface Manifest {
  app: { runtime: { name: string }; compatibility: unknown };
  modules: Record<string, Record<string, unknown>[]>;
  resources: { key: string; path: string }[];
  permissions: Record<string, unknown> & { scopes: string[] };
}
const manifest = parse(MANIFEST) as Manifest;

async function validateStaged(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  try {
    writeFileSync(join(dir, 'manifest.yml'), text);
    symlinkSync(join(ROOT, 'src'), join(dir, 'src'), 'dir');
    for (const resource of manifest.resources) {
      mkdirSync(join(dir, resource.path), { recursive: true });
      writeFileSync(join(dir, resource.path, 'index.html'), '<!doctype html>');
    }

    return await validate(false, join(dir, 'manifest.yml'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function moduleOf(type: string, key: string): Record<string, unknown> {
  const found = manifest.modules[type]?.find((m) => m['key'] === key);
  if (found === undefined) throw new Error(`no ${type} ${key}`);
  return found;
}

describe('manifest.yml', () => {
  it('passes the Forge manifest validator with no errors', async () => {
    const result = await validateStaged(MANIFEST);

    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  }, 30_000);

  it('is refused by the validator once it asks for an unknown scope', async () => {
    const widened = MANIFEST.replace(
      '    - storage:app\n',
      '    - storage:app\n    - read:everything:jira\n',
    );

    const result = await validateStaged(widened);

    expect(result.success).toBe(false);
    expect(result.errors?.map((e) => e.message).join('\n')).toMatch(
      /read:everything:jira/,
    );
  }, 30_000);

  it('asks for exactly the scopes the app uses, and no egress', () => {
    expect([...manifest.permissions.scopes].sort()).toEqual([
      'read:board-scope:jira-software',
      'read:jira-work',
      'read:sprint:jira-software',
      'storage:app',
      'write:jira-work',
      'write:sprint:jira-software',
    ]);
    expect(manifest.permissions).not.toHaveProperty('external');
    expect(MANIFEST).not.toMatch(/\*/);
  });

  it('runs on Node 22 as one app across Jira and Confluence', () => {
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
    expect(manifest.app.compatibility).toEqual({
      jira: { required: true },
      confluence: { required: false },
    });
  });

  it('shows the panel on epics by hierarchy level, not by type name', () => {
    const panel = moduleOf('jira:issuePanel', 'threat-model-panel');

    expect(panel['displayConditions']).toEqual({
      jiraExpression: 'issue.issueType.hierarchyLevel == 1',
    });
  });

  it('indexes the epic risk and the mitigation key for JQL', () => {
    const risk = moduleOf('jira:entityProperty', 'threat-model-risk-index');
    const ticket = moduleOf(
      'jira:entityProperty',
      'threat-model-mitigation-index',
    );

    expect(risk['propertyKey']).toBe('threat-model-risk');
    expect(risk['values']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'residualScore', type: 'number' }),
        expect.objectContaining({ path: 'openCritical', type: 'number' }),
        expect.objectContaining({ path: 'openHigh', type: 'number' }),
        expect.objectContaining({ path: 'aboveTolerance', type: 'number' }),
        expect.objectContaining({ path: 'stale', type: 'string' }),
      ]),
    );
    expect(ticket['propertyKey']).toBe('threat-model-mitigation');
    expect(ticket['values']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'key', type: 'string' }),
        expect.objectContaining({ path: 'epics', type: 'string' }),
      ]),
    );
  });

  it('names handlers that src/forge/index.ts exports', async () => {
    const entry = (await import('../../src/forge/index')) as Record<
      string,
      unknown
    >;

    for (const fn of manifest.modules['function'] ?? []) {
      const [file, name] = String(fn['handler']).split('.');

      expect(file).toBe('forge/index');
      expect(typeof entry[name ?? '']).toBe('function');
    }
  });
});
