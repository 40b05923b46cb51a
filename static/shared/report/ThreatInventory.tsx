import { Fragment, useMemo, useState } from 'react';
import type { Analysis, Threat } from '../../../src/analysis/types';
import type { TicketRef } from '../../../src/app/contract';
import { SeverityLozenge } from '../components/Lozenge';
import { ShowMore, useShowMore } from '../components/ShowMore';
import { plural, scoreText } from '../format';
import {
  DEFAULT_SORT,
  NO_FILTER,
  selectThreats,
  statusText,
  threatStatus,
  type InventoryFilter,
  type Sort,
  type SortKey,
} from './inventory-model';
import { InventoryFilters } from './InventoryFilters';
import { ThreatDetails } from './ThreatDetails';

const PAGE_SIZE = 50;

const COLUMNS: readonly { key: SortKey | null; title: string }[] = [
  { key: 'title', title: 'Threat' },
  { key: null, title: 'STRIDE' },
  { key: 'target', title: 'Target' },
  { key: 'inherent', title: 'Inherent' },
  { key: 'residual', title: 'Residual' },
  { key: null, title: 'Status' },
];

/** The threat inventory: filters, sortable columns, expandable rows. */
export function ThreatInventory(props: {
  readonly analysis: Analysis;
  readonly tickets: readonly TicketRef[];
  readonly filterable?: boolean;
  /** Threats shown before "Show more"; 50 by default. */
  readonly pageSize?: number;
}) {
  const { analysis } = props;
  const [filter, setFilter] = useState<InventoryFilter>(NO_FILTER);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const items = useMemo(
    () => new Map(analysis.mitigations.map((m) => [m.key, m])),
    [analysis],
  );
  const tickets = useMemo(
    () => new Map(props.tickets.map((t) => [t.mitigationKey, t])),
    [props.tickets],
  );
  const selected = selectThreats(analysis.threats, items, filter, sort);
  const pageSize = props.pageSize ?? PAGE_SIZE;
  const page = useShowMore(selected, pageSize);

  const toggle = (id: string): void => {
    const next = new Set(open);
    if (!next.delete(id)) next.add(id);
    setOpen(next);
  };

  return (
    <div className="tm-inventory">
      {props.filterable === false ? null : (
        <InventoryFilters
          threats={analysis.threats}
          filter={filter}
          onChange={setFilter}
        />
      )}
      <p className="tm-small" role="status" aria-live="polite">
        Showing {selected.length} of {plural(analysis.threats.length, 'threat')}
      </p>
      <div className="tm-table-wrap">
        <table className="tm-table tm-inventory__table">
          <caption className="tm-visually-hidden">Threat inventory</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <SortHeader
                  key={column.title}
                  column={column}
                  sort={sort}
                  onSort={setSort}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {page.shown.map((threat) => (
              <Fragment key={threat.id}>
                <Row
                  threat={threat}
                  status={statusText(threatStatus(threat, items))}
                  expanded={open.has(threat.id)}
                  onToggle={() => {
                    toggle(threat.id);
                  }}
                />
                {open.has(threat.id) ? (
                  <tr className="tm-inventory__details">
                    <td colSpan={COLUMNS.length} id={detailsId(threat)}>
                      <ThreatDetails
                        threat={threat}
                        items={items}
                        tickets={tickets}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {selected.length === 0 ? (
        <p className="tm-empty">No threat matches these filters.</p>
      ) : null}
      <ShowMore
        hidden={page.hidden}
        pageSize={pageSize}
        onMore={page.more}
        onAll={page.all}
      />
    </div>
  );
}

function detailsId(threat: Threat): string {
  return `tm-threat-${threat.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function Row(props: {
  readonly threat: Threat;
  readonly status: string;
  readonly expanded: boolean;
  readonly onToggle: () => void;
}) {
  const { threat } = props;
  return (
    <tr>
      <td>
        <button
          type="button"
          className="tm-expand"
          aria-expanded={props.expanded}
          aria-controls={props.expanded ? detailsId(threat) : undefined}
          onClick={props.onToggle}
        >
          <span className="tm-expand__chevron" aria-hidden="true" />
          {threat.title}
        </button>
      </td>
      <td>
        <span className="tm-stride-letters">{threat.stride.join(' ')}</span>
      </td>
      <td>{threat.target.name}</td>
      <td className="tm-nowrap">
        <SeverityLozenge severity={threat.inherent.severity} />{' '}
        <span className="tm-small">{scoreText(threat.inherent.score)}</span>
      </td>
      <td className="tm-nowrap">
        <SeverityLozenge severity={threat.residual.severity} />{' '}
        <span className="tm-small">{scoreText(threat.residual.score)}</span>
      </td>
      <td>{props.status}</td>
    </tr>
  );
}

function SortHeader(props: {
  readonly column: { key: SortKey | null; title: string };
  readonly sort: Sort;
  readonly onSort: (sort: Sort) => void;
}) {
  const { column, sort } = props;
  if (column.key === null) return <th scope="col">{column.title}</th>;

  const key = column.key;
  const active = sort.key === key;
  const ariaSort = active
    ? sort.descending
      ? 'descending'
      : 'ascending'
    : 'none';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button
        type="button"
        className="tm-sort"
        onClick={() => {
          props.onSort({
            key,
            descending: active
              ? !sort.descending
              : key !== 'title' && key !== 'target',
          });
        }}
      >
        {column.title}
        <span aria-hidden="true">
          {active ? (sort.descending ? ' ↓' : ' ↑') : ''}
        </span>
      </button>
    </th>
  );
}
