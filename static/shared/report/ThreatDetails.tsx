import type {
  MitigationItem,
  Rating,
  Threat,
} from '../../../src/analysis/types';
import type { TicketRef } from '../../../src/app/contract';
import { STRIDE_NAMES } from '../../../src/model/vocabulary';
import { IssueLink } from '../components/IssueLink';
import { Lozenge, StatusLozenge } from '../components/Lozenge';
import { levelText, scoreText, wordsOf } from '../format';

/** Everything known about one threat, shown when its row expands. */
export function ThreatDetails(props: {
  readonly threat: Threat;
  readonly items: ReadonlyMap<string, MitigationItem>;
  readonly tickets: ReadonlyMap<string, TicketRef>;
}) {
  const { threat } = props;
  return (
    <div className="tm-details">
      <p>{threat.description}</p>
      <dl className="tm-facts">
        <dt>Target</dt>
        <dd>
          {threat.target.name}{' '}
          <span className="tm-small">({threat.target.kind})</span>
        </dd>
        <dt>STRIDE</dt>
        <dd>
          {threat.stride.map((letter) => STRIDE_NAMES[letter]).join(', ')}
        </dd>
        <dt>Threat actor</dt>
        <dd>
          {threat.actor.name}{' '}
          <span className="tm-small">({wordsOf(threat.actor.kind)})</span>
        </dd>
        <dt>Attack vector</dt>
        <dd>{threat.attackVector}</dd>
        <dt>Likelihood</dt>
        <dd>
          <RatingText rating={threat.inherent.likelihood} />
        </dd>
        <dt>Impact</dt>
        <dd>
          <RatingText rating={threat.inherent.impact} />
        </dd>
        <dt>References</dt>
        <dd>
          <References threat={threat} />
        </dd>
      </dl>
      <h5 className="tm-details__heading">Mitigations</h5>
      {threat.mitigations.length === 0 ? (
        <p className="tm-subtle">The catalog names no mitigation.</p>
      ) : (
        <ul className="tm-mitigations">
          {threat.mitigations.map((key) => (
            <MitigationLine
              key={key}
              item={props.items.get(key)}
              itemKey={key}
              ticket={props.tickets.get(key)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function RatingText(props: { readonly rating: Rating }) {
  const factors = Object.entries(props.rating.factors);
  return (
    <>
      {levelText(props.rating.level)} ({scoreText(props.rating.score)})
      {factors.length === 0 ? null : (
        <ul className="tm-factors">
          {factors.map(([name, value]) => (
            <li key={name}>
              {wordsOf(name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())}:{' '}
              {value}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function References(props: { readonly threat: Threat }) {
  const { cwe, capec, owasp, owaspApi } = props.threat.references;
  const all = [...cwe, ...capec, ...owasp, ...owaspApi];
  if (all.length === 0) return <span className="tm-subtle">None</span>;
  return (
    <span className="tm-refs">
      {all.map((reference) => (
        <code key={reference}>{reference}</code>
      ))}
    </span>
  );
}

function MitigationLine(props: {
  readonly itemKey: string;
  readonly item: MitigationItem | undefined;
  readonly ticket: TicketRef | undefined;
}) {
  const { item, ticket } = props;
  return (
    <li className="tm-mitigation">
      <span>{item?.title ?? props.itemKey}</span>
      {item === undefined ? null : (
        <Lozenge
          appearance={item.status === 'implemented' ? 'success' : 'default'}
        >
          {item.status === 'implemented' ? 'Implemented' : 'Open'}
        </Lozenge>
      )}
      {item?.recommended === true ? (
        <Lozenge appearance="new">Recommended</Lozenge>
      ) : null}
      {item === undefined ? null : (
        <span className="tm-small">{wordsOf(item.controlType)}</span>
      )}
      {ticket === undefined ? (
        <span className="tm-small">No ticket yet</span>
      ) : (
        <span className="tm-row">
          <IssueLink issueKey={ticket.issueKey} />
          <StatusLozenge status={ticket.statusCategory} />
        </span>
      )}
    </li>
  );
}
