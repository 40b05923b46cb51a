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

const MERMAID_EXTENSIONS = new Set(['md', 'markdown', 'mmd', 'mermaid']);

/**
 * Tells a file's format from its content, with its extension as a hint.
 * JSON and YAML are parsed once here and handed on.
 */
export function sniff(text: string, fileName?: string): Sniffed {
  const label = fileLabel(fileName);
  const extension = extensionOf(fileName);
  refuseKnownUnsupported(text, extension, label);

  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[') || extension === 'json') {
    const data = parseJson(text);
    return { format: structuredFormat(data, label), data };
  }
  if (
    MERMAID_EXTENSIONS.has(extension) ||
    hasMermaidFence(text) ||
    startsWithFlowchart(text)
  ) {
    return { format: 'mermaid' };
  }
  if (extension === 'yaml' || extension === 'yml') {
    const data = parseYaml(text);
    return { format: structuredFormat(data, label), data };
  }

  const data = yamlOrUnsupported(text, label);
  return { format: structuredFormat(data, label), data };
}

/** Parses text in a format the caller named: JSON when it looks like JSON, else YAML. */
export function parseStructured(text: string): unknown {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('{') || start.startsWith('[')
    ? parseJson(text)
    : parseYaml(text);
}

function yamlOrUnsupported(text: string, label: string): unknown {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    if (error instanceof ThreatModelError && error.code === 'UNSAFE_INPUT')
      throw error;
    throw unsupported(label, 'it is not JSON, YAML or a Mermaid flowchart');
  }

  return data;
}

function structuredFormat(data: unknown, label: string): ImportFormat {
  if (!isRecord(data))
    throw unsupported(label, 'its data is not a mapping of fields');
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
  throw unsupported(
    label,
    'it is not a threat model, Threat Dragon, Threagile, OTM or pytm file',
  );
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
      'Microsoft Threat Modeling Tool files (.tm7) and other XML are not supported; export the model to Open Threat Model (OTM) JSON first',
    );
  }
  if (extension === 'py') {
    throw unsupported(
      label,
      'pytm scripts are Python code and are never run; give the pytm JSON form of the model instead',
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
