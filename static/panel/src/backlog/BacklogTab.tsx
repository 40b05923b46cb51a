import type { EpicState } from '../../../../src/app/contract';
import { recommendedCount } from '../../../../src/backlog/scope';
import { ErrorMessage, Message } from '../../../shared/components/Message';
import { EmptyState, Spinner } from '../../../shared/components/Status';
import { plural } from '../../../shared/format';
import { DraftTable, planCounts, TicketList } from './PlanTables';
import { useSync, type SyncStep } from './use-sync';

/** Mitigations into Jira tickets: preview, confirm, follow, link. */
export function BacklogTab(props: {
  readonly state: EpicState;
  readonly pollMs: number;
  readonly onSynced: () => void;
}) {
  const { state } = props;
  const { sync, preview, confirm, reset } = useSync(
    props.pollMs,
    props.onSynced,
  );

  const titles = new Map(
    (state.analysis?.mitigations ?? []).map((m) => [m.key, m.title]),
  );

  if (state.analysis === null) {
    return (
      <EmptyState title="Nothing to plan yet">
        <p>
          Analyze the model first; each recommended mitigation becomes one
          ticket.
        </p>
      </EmptyState>
    );
  }
  const counts = recommendedCount(state.analysis);

  return (
    <div className="tm-stack">
      <div className="tm-spread">
        <p className="tm-subtle">
          Each recommended mitigation, worth doing now, becomes a ticket linked
          to this epic; the others wait on the roadmap. Running it again never
          duplicates a ticket.
        </p>
        <button
          type="button"
          className="tm-button tm-button--primary"
          disabled={!state.epic.canEdit || busy(sync)}
          onClick={() => void preview()}
        >
          Create backlog tickets
        </button>
      </div>
      {state.stale ? (
        <Message appearance="warning" title="The analysis is out of date">
          <p>Tickets follow the last analysis; analyze again first.</p>
        </Message>
      ) : null}
      <Step
        sync={sync}
        onConfirm={confirm}
        onCancel={reset}
        titles={titles}
        counts={counts}
      />
      <TicketList
        title="Tickets on this epic"
        tickets={state.tickets}
        titles={titles}
      />
    </div>
  );
}

function busy(sync: SyncStep): boolean {
  return sync.step === 'previewing' || sync.step === 'syncing';
}

function Step(props: {
  readonly sync: SyncStep;
  readonly onConfirm: (
    plan: Extract<SyncStep, { step: 'preview' }>['plan'],
  ) => Promise<void>;
  readonly onCancel: () => void;
  readonly titles: ReadonlyMap<string, string>;
  readonly counts: ReturnType<typeof recommendedCount>;
}) {
  const { sync } = props;
  switch (sync.step) {
    case 'idle':
      return <div role="status" aria-live="polite" />;
    case 'previewing':
      return <Spinner label="Planning tickets…" />;
    case 'failed':
      return <ErrorMessage error={sync.error} />;
    case 'preview':
      return (
        <section className="tm-card tm-stack" aria-label="Ticket preview">
          <h3>Preview: {planCounts(sync.plan)}</h3>
          <p>
            Recommended now: {props.counts.recommended} of{' '}
            {plural(props.counts.mitigations, 'mitigation')}. The others stay on
            the roadmap.
          </p>
          <div className="tm-row">
            <button
              type="button"
              className="tm-button tm-button--primary"
              onClick={() => void props.onConfirm(sync.plan)}
            >
              {sync.plan.create.length === 0
                ? 'Sync'
                : `Create ${plural(sync.plan.create.length, 'ticket')}`}
            </button>
            <button
              type="button"
              className="tm-button"
              onClick={props.onCancel}
            >
              Cancel
            </button>
          </div>
          {sync.plan.create.length === 0 ? (
            <p>Every recommended mitigation already has its ticket.</p>
          ) : (
            <DraftTable drafts={sync.plan.create} />
          )}
          <TicketList
            title="Unchanged"
            tickets={sync.plan.unchanged}
            titles={props.titles}
          />
          <TicketList
            title="Obsolete"
            tickets={sync.plan.obsolete}
            titles={props.titles}
            note="Their mitigation no longer applies; each gets a comment."
          />
        </section>
      );
    case 'syncing':
      return (
        <Progress
          done={sync.progress?.done ?? 0}
          total={sync.progress?.total ?? sync.plan.create.length}
        />
      );
    case 'done':
      return (
        <Message
          appearance="success"
          title={`Created ${plural(sync.progress.created.length, 'ticket')}`}
        >
          <p>{planCounts(sync.plan)}.</p>
          <TicketList
            title="Created"
            tickets={sync.progress.created}
            titles={props.titles}
          />
        </Message>
      );
  }
}

function Progress(props: { readonly done: number; readonly total: number }) {
  return (
    <section className="tm-card" aria-label="Ticket creation progress">
      <p role="status" aria-live="polite">
        Creating tickets: {props.done} of {props.total}
      </p>
      <progress
        className="tm-progress"
        max={Math.max(props.total, 1)}
        value={props.done}
        aria-label="Tickets created"
      />
    </section>
  );
}
