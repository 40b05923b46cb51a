import type {
  BacklogPlanView,
  TicketDraft,
  TicketRef,
} from '../../../../src/app/contract';
import { IssueLink } from '../../../shared/components/IssueLink';
import { ShowMore, useShowMore } from '../../../shared/components/ShowMore';
import {
  SeverityLozenge,
  StatusLozenge,
} from '../../../shared/components/Lozenge';

const PAGE_SIZE = 25;

/** The tickets a sync would create, as Jira will receive them. */
export function DraftTable(props: { readonly drafts: readonly TicketDraft[] }) {
  const page = useShowMore(props.drafts, PAGE_SIZE);
  return (
    <div className="tm-table-wrap">
      <table className="tm-table">
        <caption>Tickets to create</caption>
        <thead>
          <tr>
            <th scope="col">Summary</th>
            <th scope="col">Severity</th>
            <th scope="col">Project</th>
            <th scope="col">Issue type</th>
            <th scope="col">Priority</th>
            <th scope="col">Sprint</th>
          </tr>
        </thead>
        <tbody>
          {page.shown.map((draft) => (
            <tr key={draft.mitigationKey}>
              <td>
                {draft.summary}
                <div className="tm-small">
                  Addresses {draft.threats.length} threat
                  {draft.threats.length === 1 ? '' : 's'}
                </div>
              </td>
              <td>
                <SeverityLozenge severity={draft.severity} />
              </td>
              <td>{draft.projectKey}</td>
              <td>{draft.issueType}</td>
              <td>{draft.priority}</td>
              <td>{draft.sprint ?? 'Backlog'}</td>
            </tr>
          ))}
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

export function TicketList(props: {
  readonly title: string;
  readonly tickets: readonly TicketRef[];
  readonly note?: string;
  /** Mitigation titles by key, to say what each ticket is for. */
  readonly titles?: ReadonlyMap<string, string>;
}) {
  const page = useShowMore(props.tickets, PAGE_SIZE);
  if (props.tickets.length === 0) return null;
  return (
    <section>
      <h4>
        {props.title} ({props.tickets.length})
      </h4>
      {props.note === undefined ? null : (
        <p className="tm-small">{props.note}</p>
      )}
      <ul className="tm-ticket-list">
        {page.shown.map((ticket) => (
          <li key={ticket.mitigationKey}>
            <IssueLink issueKey={ticket.issueKey} />{' '}
            <StatusLozenge status={ticket.statusCategory} />{' '}
            <span className="tm-subtle">
              {props.titles?.get(ticket.mitigationKey) ?? ''}
            </span>
          </li>
        ))}
      </ul>
      <ShowMore
        hidden={page.hidden}
        pageSize={PAGE_SIZE}
        onMore={page.more}
        onAll={page.all}
      />
    </section>
  );
}

/** One line that says what a sync will do, or did. */
export function planCounts(plan: BacklogPlanView): string {
  return (
    `${plan.create.length} to create, ${plan.unchanged.length} unchanged, ` +
    `${plan.obsolete.length} obsolete`
  );
}
