import type { Problem } from '../model/errors';
import type { ThreatModelInput } from '../model/schema';

/** Model entries as importers build them, before the schema fills defaults. */
export type ElementInput = NonNullable<ThreatModelInput['elements']>[number];
export type FlowInput = NonNullable<ThreatModelInput['flows']>[number];
export type BoundaryInput = NonNullable<ThreatModelInput['boundaries']>[number];
export type AssetInput = NonNullable<ThreatModelInput['assets']>[number];
export type ControlInput = NonNullable<ThreatModelInput['controls']>[number];
export type SystemInput = ThreatModelInput['system'];
export type AttributesInput = NonNullable<ElementInput['attributes']>;

/** What a diagram draws: elements, flows and trust boundaries. */
export interface DiagramParts {
  readonly elements: ElementInput[];
  readonly flows: FlowInput[];
  readonly boundaries: BoundaryInput[];
  /** What could not be mapped, and why. */
  readonly notes: Problem[];
}
