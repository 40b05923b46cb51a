import type { TicketRef } from '../../../src/app/contract';
import type { RoadmapEntry } from '../../../src/report/roadmap';
import { IssueLink } from '../components/IssueLink';
import { Lozenge, StatusLozenge } from '../components/Lozenge';
import { ShowMore, useShowMore } from '../components/ShowMore';
import { wordsOf } from '../format';

const PAGE_SIZE = 50;

/** Mitigations in the order to do them, each with its ticket's status. */
export function Roadmap(props: {
  readonly entries: readonly RoadmapEntry[];
  readonly tickets: readonly TicketRef[];
}) {
  const tickets = new Map(props.tickets.map((t) => [t.mitigationKey, t]));
  const page = useShowMore(props.entries, PAGE_SIZE);
  if (props.entries.length === 0) {
    return <p className="tm-subtle">No mitigation is needed.</p>;
  }

  return (
    <div className="tm-table-wrap">
      <table className="tm-table">
        <caption className="tm-visually-hidden">Mitigation roadmap</caption>
        <thead>
          <tr>
            <th scope="col" className="tm-num">
              #
            </th>
            <th scope="col">Mitigation</th>
            <th scope="col">Target</th>
            <th scope="col">Control</th>
            <th scope="col" className="tm-num">
              Effort
            </th>
            <th scope="col" className="tm-num">
              Risk reduced
            </th>
            <th scope="col">Status</th>
            <th scope="col">Ticket</th>
          </tr>
        </thead>
        <tbody>
          {page.shown.map((entry) => {
            const ticket = tickets.get(entry.key);
            return (
              <tr key={entry.key}>
                <td className="tm-num">{entry.rank}</td>
                <td>{entry.title}</td>
                <td>{entry.target.name}</td>
                <td>{wordsOf(entry.controlType)}</td>
                <td className="tm-num">{entry.effort}</td>
                <td className="tm-num">{entry.riskReduction.toFixed(1)}</td>
                <td>
                  <Lozenge
                    appearance={
                      entry.status === 'implemented' ? 'success' : 'default'
                    }
                  >
                    {entry.status === 'implemented' ? 'Implemented' : 'Open'}
                  </Lozenge>{' '}
                  {entry.recommended ? (
                    <Lozenge appearance="new">Recommended</Lozenge>
                  ) : null}
                </td>
                <td>
                  {ticket === undefined ? (
                    <span className="tm-small">None</span>
                  ) : (
                    <span className="tm-row">
                      <IssueLink issueKey={ticket.issueKey} />
                      <StatusLozenge status={ticket.statusCategory} />
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ShowMore
        hidden={page.hidden}
        pageSize={PAGE_SIZE}
        onMore={page.more}
        onAll={page.all}
      />
    </div>
  );
}
