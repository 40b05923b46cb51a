import { stringify } from 'yaml';
import {
  Asset,
  Control,
  Element,
  Flow,
  SecurityAttributes,
  SystemContext,
  ThreatActor,
  ThreatModel,
  TrustBoundary,
} from '../../model/schema';

export type ExportFormat = 'yaml' | 'json';

type Keys = readonly string[];

const MODEL_KEYS: Keys = Object.keys(ThreatModel.shape);
const ATTRIBUTE_KEYS: Keys = Object.keys(SecurityAttributes.shape);

/** The schema's field order for each part, so output never depends on how a model was built. */
const PART_KEYS: Readonly<Record<string, Keys>> = {
  system: Object.keys(SystemContext.shape),
  elements: Object.keys(Element.shape),
  flows: Object.keys(Flow.shape),
  boundaries: Object.keys(TrustBoundary.shape),
  assets: Object.keys(Asset.shape),
  actors: Object.keys(ThreatActor.shape),
  controls: Object.keys(Control.shape),
};

/**
 * Writes a model in the project's own format, keys in the schema's order,
 * every field written out: the same model always gives the same text, and
 * importing that text gives the same model back.
 */
export function exportModel(model: ThreatModel, format: ExportFormat): string {
  const ordered = orderModel(model);
  switch (format) {
    case 'json':
      return `${JSON.stringify(ordered, null, 2)}\n`;
    case 'yaml':
      return stringify(ordered, { aliasDuplicateObjects: false, lineWidth: 0 });
  }
}

function orderModel(model: ThreatModel): Record<string, unknown> {
  const source = model as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of MODEL_KEYS) {
    const value = source[key];
    const keys = PART_KEYS[key];
    if (value === undefined) continue;

    if (keys === undefined) out[key] = value;
    else if (Array.isArray(value))
      out[key] = value.map((item) => orderPart(item, keys));
    else out[key] = orderPart(value, keys);
  }
  return out;
}

function orderPart(value: unknown, keys: Keys): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const field = source[key];
    if (field === undefined) continue;
    out[key] =
      key === 'attributes' ? orderPart(field, ATTRIBUTE_KEYS) : copy(field);
  }
  return out;
}

function copy(value: unknown): unknown {
  return Array.isArray(value) ? [...(value as unknown[])] : value;
}
