import type { Threat } from '../../../src/analysis/types';
import {
  SEVERITIES,
  STRIDE,
  STRIDE_NAMES,
  type Severity,
} from '../../../src/model/vocabulary';
import { severityText } from '../format';
import {
  statusText,
  targetsOf,
  type InventoryFilter,
  type ThreatStatus,
} from './inventory-model';

const STATUSES: readonly ThreatStatus[] = ['open', 'partly', 'mitigated'];

/** Four selects that narrow the inventory; each has a visible label. */
export function InventoryFilters(props: {
  readonly threats: readonly Threat[];
  readonly filter: InventoryFilter;
  readonly onChange: (filter: InventoryFilter) => void;
}) {
  const { filter } = props;
  const set = (patch: Partial<InventoryFilter>): void => {
    props.onChange({ ...filter, ...patch });
  };

  return (
    <div className="tm-filters" role="group" aria-label="Filter threats">
      <label className="tm-field">
        <span className="tm-label">STRIDE category</span>
        <select
          className="tm-select"
          value={filter.stride}
          onChange={(event) => {
            set({ stride: oneOf(event.target.value, STRIDE) });
          }}
        >
          <option value="all">All categories</option>
          {STRIDE.map((letter) => (
            <option key={letter} value={letter}>
              {STRIDE_NAMES[letter]}
            </option>
          ))}
        </select>
      </label>
      <label className="tm-field">
        <span className="tm-label">Residual severity</span>
        <select
          className="tm-select"
          value={filter.severity}
          onChange={(event) => {
            set({ severity: oneOf(event.target.value, SEVERITIES) });
          }}
        >
          <option value="all">All severities</option>
          {[...SEVERITIES].reverse().map((severity: Severity) => (
            <option key={severity} value={severity}>
              {severityText(severity)}
            </option>
          ))}
        </select>
      </label>
      <label className="tm-field">
        <span className="tm-label">Element or flow</span>
        <select
          className="tm-select"
          value={filter.target}
          onChange={(event) => {
            set({ target: event.target.value });
          }}
        >
          <option value="all">All elements and flows</option>
          {targetsOf(props.threats).map((target) => (
            <option key={target.id} value={target.id}>
              {target.name}
            </option>
          ))}
        </select>
      </label>
      <label className="tm-field">
        <span className="tm-label">Status</span>
        <select
          className="tm-select"
          value={filter.status}
          onChange={(event) => {
            set({ status: oneOf(event.target.value, STATUSES) });
          }}
        >
          <option value="all">All statuses</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusText(status)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function oneOf<T extends string>(
  value: string,
  options: readonly T[],
): T | 'all' {
  return options.find((option) => option === value) ?? 'all';
}
