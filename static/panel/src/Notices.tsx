import type { EpicState, RevisionEntry } from '../../../src/app/contract';
import { Message, ProblemList } from '../../shared/components/Message';
import { dateTimeText } from '../../shared/format';
import type { Conflict, Notice } from './use-actions';

export function NoticeMessage(props: {
  readonly notice: Notice;
  readonly onDismiss: () => void;
}) {
  const { notice } = props;
  return (
    <Message appearance={notice.appearance} title={notice.title}>
      {notice.text === undefined ? null : <p>{notice.text}</p>}
      <ProblemList problems={notice.problems ?? []} />
      <button
        type="button"
        className="tm-button tm-button--subtle tm-button--compact"
        onClick={props.onDismiss}
      >
        Dismiss
      </button>
    </Message>
  );
}

/** Someone saved first: say who, and let the person keep their text. */
export function ConflictMessage(props: {
  readonly conflict: Conflict;
  readonly onResolve: (keepMyText: boolean) => void;
}) {
  const { conflict } = props;
  const last = latestEntry(conflict.latest);
  return (
    <Message appearance="warning" title="Someone else saved this model first">
      <p>{conflict.error.message}</p>
      {last === null ? null : (
        <p>
          Revision {last.revision} was saved by{' '}
          <strong>{last.accountId}</strong> on {dateTimeText(last.at)}.
        </p>
      )}
      <div className="tm-row">
        <button
          type="button"
          className="tm-button tm-button--primary"
          disabled={conflict.latest === null}
          onClick={() => {
            props.onResolve(true);
          }}
        >
          Reload, keep my text
        </button>
        <button
          type="button"
          className="tm-button"
          disabled={conflict.latest === null}
          onClick={() => {
            props.onResolve(false);
          }}
        >
          Discard my changes
        </button>
      </div>
    </Message>
  );
}

function latestEntry(state: EpicState | null): RevisionEntry | null {
  if (state === null) return null;
  let latest: RevisionEntry | null = null;
  for (const entry of state.history) {
    if (latest === null || entry.revision > latest.revision) latest = entry;
  }
  return latest;
}

export function StaleBanner(props: {
  readonly state: EpicState;
  readonly canAnalyze: boolean;
  readonly onAnalyze: () => void;
}) {
  const { state } = props;
  if (!state.stale || state.analysis === null) return null;
  return (
    <Message
      appearance="warning"
      title="The model changed after the last analysis"
    >
      <p>
        The threats below are from revision {state.analyzedRevision ?? '?'}; the
        model is at revision {state.revision}.
      </p>
      <button
        type="button"
        className="tm-button"
        disabled={!props.canAnalyze}
        onClick={props.onAnalyze}
      >
        Analyze again
      </button>
    </Message>
  );
}
