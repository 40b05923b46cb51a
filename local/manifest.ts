import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

import { isRecord } from './http';

/**
 * The parts of manifest.yml the local platform wires, read the way Forge
 * reads them: functions by key (`handler: file.export`, files under
 * src/forge), UI modules with their resource and resolver function,
 * triggers, queue consumers, scopes and indexed issue properties.
 */
export interface FunctionRef {
  readonly file: string;
  readonly exportName: string;
}

export interface UiModule {
  readonly type: 'jira:issuePanel' | 'macro';
  readonly key: string;
  readonly title: string;
  readonly resource: string;
  readonly resolverFunction: string | null;
  /** The macro's Custom UI configuration resource, if any. */
  readonly configResource: string | null;
}

export interface TriggerModule {
  readonly key: string;
  readonly functionKey: string;
  readonly events: readonly string[];
  readonly ignoreSelf: boolean;
}

export interface ConsumerModule {
  readonly key: string;
  readonly queue: string;
  readonly functionKey: string;
  /** With `resolver: { function, method }` the function is a Resolver. */
  readonly method: string | null;
}

export interface IndexedValue {
  readonly path: string;
  readonly type: string;
  readonly searchAlias: string | null;
}

export interface EntityProperty {
  readonly propertyKey: string;
  readonly values: readonly IndexedValue[];
}

export interface ManifestInfo {
  readonly appId: string;
  readonly scopes: readonly string[];
  readonly contentStyles: readonly string[];
  readonly functions: ReadonlyMap<string, FunctionRef>;
  readonly resources: ReadonlyMap<string, string>;
  readonly uiModules: readonly UiModule[];
  readonly triggers: readonly TriggerModule[];
  readonly consumers: readonly ConsumerModule[];
  /** Null when the manifest declares none: then every property is indexed. */
  readonly entityProperties: readonly EntityProperty[] | null;
}

const str = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : fallback;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const records = (value: unknown): Record<string, unknown>[] =>
  list(value).filter(isRecord);

function resolverFunction(module: Record<string, unknown>): string | null {
  const resolver = module['resolver'];
  return isRecord(resolver) ? str(resolver['function']) || null : null;
}

function uiModules(modules: Record<string, unknown>): UiModule[] {
  const types = ['jira:issuePanel', 'macro'] as const;
  return types.flatMap((type) =>
    records(modules[type]).map((module) => {
      const config = module['config'];
      return {
        type,
        key: str(module['key']),
        title: str(module['title'], str(module['key'])),
        resource: str(module['resource']),
        resolverFunction: resolverFunction(module),
        configResource: isRecord(config)
          ? str(config['resource']) || null
          : null,
      };
    }),
  );
}

function consumers(modules: Record<string, unknown>): ConsumerModule[] {
  return records(modules['consumer']).map((module) => {
    const resolver = module['resolver'];
    const method = isRecord(resolver) ? str(resolver['method']) || null : null;
    return {
      key: str(module['key']),
      queue: str(module['queue']),
      functionKey: resolverFunction(module) ?? str(module['function']),
      method,
    };
  });
}

function entityProperties(
  modules: Record<string, unknown>,
): EntityProperty[] | null {
  const declared = records(modules['jira:entityProperty']);
  if (declared.length === 0) return null;
  return declared
    .filter((module) => str(module['entityType'], 'issue') === 'issue')
    .map((module) => ({
      propertyKey: str(module['propertyKey']),
      values: records(module['values']).map((value) => ({
        path: str(value['path']),
        type: str(value['type'], 'string'),
        searchAlias: str(value['searchAlias']) || null,
      })),
    }));
}

function functions(modules: Record<string, unknown>): Map<string, FunctionRef> {
  const map = new Map<string, FunctionRef>();
  for (const fn of records(modules['function'])) {
    const handler = str(fn['handler']);
    const dot = handler.lastIndexOf('.');
    const file = handler.slice(0, dot);
    const exportName = handler.slice(dot + 1);
    if (dot > 0 && exportName !== '') {
      map.set(str(fn['key']), { file, exportName });
    }
  }
  return map;
}

/** Reads manifest.yml from the repository root, or null when it is absent. */
export function readManifest(root: string): ManifestInfo | null {
  const path = join(root, 'manifest.yml');
  if (!existsSync(path)) return null;
  return manifestFromText(readFileSync(path, 'utf8'));
}

export function manifestFromText(text: string): ManifestInfo {
  const doc: unknown = parse(text, { maxAliasCount: 50 });
  const root = isRecord(doc) ? doc : {};
  const modules = isRecord(root['modules']) ? root['modules'] : {};
  const permissions = isRecord(root['permissions']) ? root['permissions'] : {};
  const content = isRecord(permissions['content'])
    ? permissions['content']
    : {};
  const app = isRecord(root['app']) ? root['app'] : {};

  return {
    appId: str(app['id'], 'ari:cloud:ecosystem::app/local-app'),
    scopes: list(permissions['scopes']).map((scope) => str(scope)),
    contentStyles: list(content['styles']).map((style) => str(style)),
    functions: functions(modules),
    resources: new Map(
      records(root['resources']).map((r) => [str(r['key']), str(r['path'])]),
    ),
    uiModules: uiModules(modules),
    triggers: records(modules['trigger']).map((module) => {
      const filter = isRecord(module['filter']) ? module['filter'] : {};
      return {
        key: str(module['key']),
        functionKey: str(module['function']),
        events: list(module['events']).map((event) => str(event)),
        ignoreSelf: filter['ignoreSelf'] === true,
      };
    }),
    consumers: consumers(modules),
    entityProperties: entityProperties(modules),
  };
}
