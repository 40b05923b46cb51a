import { ThreatModelError } from '../model/errors';
import { parseJson, parseYaml } from './data/parse';
import { type Data, isRecord, list } from './data/read';
import { hasMermaidFence, startsWithFlowchart } from './mermaid/source';
import type { ImportFormat } from './types';

/** A format, and the file's data when the format is JSON or YAML. */
export interface Sniffed {
  readonly format: ImportFormat;
  readonly data?: unknown;
}

const NAMES: Readonly<Record<ImportFormat, string>> = {
  mermaid: 'Mermaid',
  model: 'threat model',
  'threat-dragon': 'Threat Dragon',
  threagile: 'Threagile',
  otm: 'Open Threat Model',
  pytm: 'pytm JSON',
};

/**
 * Tells a file's format from its content, with its extension as a hint,
 * or checks the format a caller names. JSON and YAML are parsed once here
 * and handed on.
 */
export function identify(
  text: string,
  fileName?: string,
  named?: ImportFormat,
): Sniffed {
  const label = fileLabel(fileName);
  if (named === 'mermaid') return { format: named };
  if (named !== undefined) {
    const data = parseStructured(text);
    const guessed = guess(data);
    if (named !== 'model' && guessed !== named) {
      throw unsupported(label, `it is not a ${NAMES[named]} file`);
    }
    return { format: named, data };
  }

  const extension = extensionOf(fileName);
  refuseKnownUnsupported(text, extension, label);
  if (looksLikeJson(text) || extension === 'json')
    return structured(parseJson(text), label);
  if (extension === 'mmd' || extension === 'mermaid')
    return { format: 'mermaid' };
  if (hasMermaidFence(text) || startsWithFlowchart(text))
    return { format: 'mermaid' };
  if (extension === 'md' || extension === 'markdown') {
    throw unsupported(
      label,
      'it holds no Mermaid flowchart, alone or in a ```mermaid fence',
    );
  }
  if (extension === 'yaml' || extension === 'yml')
    return structured(parseYaml(text), label);
  return structured(yamlOrUnsupported(text, label), label);
}

/**
 * Parses untrusted JSON or YAML (JSON when it opens with a bracket), with
 * the same guards as every import: size of nesting, aliases, prototype keys.
 */
export function parseStructured(text: string): unknown {
  return looksLikeJson(text) ? parseJson(text) : parseYaml(text);
}

function looksLikeJson(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('{') || start.startsWith('[');
}

function yamlOrUnsupported(text: string, label: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    if (error instanceof ThreatModelError && error.code === 'UNSAFE_INPUT')
      throw error;
    throw unsupported(label, 'it is not JSON, YAML or a Mermaid flowchart');
  }
}

function structured(data: unknown, label: string): Sniffed {
  if (!isRecord(data))
    throw unsupported(label, 'its data is not a mapping of fields');

  const format = guess(data);
  if (format === undefined) {
    const why =
      'it is not a threat model, Threat Dragon, Threagile, OTM or pytm file';
    throw unsupported(label, why);
  }
  return { format, data };
}

/** The structured format whose marks the data bears, if any. */
function guess(data: unknown): ImportFormat | undefined {
  if (!isRecord(data)) return undefined;
  if (data.otmVersion !== undefined) return 'otm';
  if (
    data.threagile_version !== undefined ||
    data.technical_assets !== undefined
  ) {
    return 'threagile';
  }
  if (
    isRecord(data.detail) &&
    (data.summary !== undefined || data.version !== undefined)
  ) {
    return 'threat-dragon';
  }
  if (isPytm(data)) return 'pytm';
  if (
    data.schemaVersion !== undefined ||
    data.system !== undefined ||
    data.diagram !== undefined
  ) {
    return 'model';
  }
  return undefined;
}

function isPytm(data: Data): boolean {
  const classed = list(data, 'elements').some(
    (e) => isRecord(e) && e.__class__ !== undefined,
  );
  const sinks = list(data, 'flows').some(
    (f) => isRecord(f) && f.sink !== undefined,
  );
  return classed || sinks;
}

function refuseKnownUnsupported(
  text: string,
  extension: string,
  label: string,
): void {
  if (
    extension === 'tm7' ||
    /^\s*(<\?xml|<ThreatModel)/.test(text.slice(0, 200))
  ) {
    throw unsupported(
      label,
      'Microsoft Threat Modeling Tool files (.tm7) and other XML are not supported; ' +
        'export the model to Open Threat Model (OTM) JSON first',
    );
  }
  if (extension === 'py') {
    throw unsupported(
      label,
      'pytm scripts are Python code and are never run; ' +
        'give the pytm JSON form of the model instead',
    );
  }
}

function unsupported(label: string, why: string): ThreatModelError {
  return new ThreatModelError(
    'UNSUPPORTED_FORMAT',
    `cannot import ${label}: ${why}`,
    [{ path: '', message: why }],
  );
}

function fileLabel(fileName: string | undefined): string {
  if (fileName === undefined || fileName.trim() === '') return 'the text';
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return `'${name.length > 80 ? `${name.slice(0, 80)}…` : name}'`;
}

function extensionOf(fileName: string | undefined): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName ?? '');
  return match?.[1]?.toLowerCase() ?? '';
}
