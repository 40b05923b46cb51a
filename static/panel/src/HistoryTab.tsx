import type { RevisionEntry } from '../../../src/app/contract';
import { EmptyState } from '../../shared/components/Status';
import { dateTimeText } from '../../shared/format';

/** Who saved each revision, when, and how much it changed. */
export function HistoryTab(props: {
  readonly history: readonly RevisionEntry[];
  readonly analyzedRevision: number | null;
}) {
  if (props.history.length === 0) {
    return <EmptyState title="No revisions yet" />;
  }

  const entries = [...props.history].sort((a, b) => b.revision - a.revision);
  return (
    <div className="tm-table-wrap">
      <table className="tm-table">
        <caption>Revision history</caption>
        <thead>
          <tr>
            <th scope="col">Revision</th>
            <th scope="col">Saved by</th>
            <th scope="col">When</th>
            <th scope="col" className="tm-num">
              Added
            </th>
            <th scope="col" className="tm-num">
              Removed
            </th>
            <th scope="col" className="tm-num">
              Changed
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.revision}>
              <td>
                {entry.revision}
                {entry.revision === props.analyzedRevision ? (
                  <span className="tm-small"> · analysed</span>
                ) : null}
              </td>
              <td>{entry.accountId}</td>
              <td>{dateTimeText(entry.at)}</td>
              <td className="tm-num">{entry.change.added}</td>
              <td className="tm-num">{entry.change.removed}</td>
              <td className="tm-num">{entry.change.changed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
