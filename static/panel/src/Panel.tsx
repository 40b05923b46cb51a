import { useState } from 'react';
import type { EpicState, Result } from '../../../src/app/contract';
import { Spinner } from '../../shared/components/Status';
import { TabPanel, Tabs } from '../../shared/components/Tabs';
import { AnalysisTab } from './AnalysisTab';
import { BacklogTab } from './backlog/BacklogTab';
import { HistoryTab } from './HistoryTab';
import { ModelTab } from './model/ModelTab';
import { useDraft } from './model/use-draft';
import { ConflictMessage, NoticeMessage, StaleBanner } from './Notices';
import { useActions, type Busy } from './use-actions';

type PanelTab = 'model' | 'threats' | 'backlog' | 'history';

const TABS: readonly { key: PanelTab; label: string }[] = [
  { key: 'model', label: 'Model' },
  { key: 'threats', label: 'Threats' },
  { key: 'backlog', label: 'Backlog' },
  { key: 'history', label: 'History' },
];

/** The epic panel once its state is loaded. */
export function Panel(props: {
  readonly state: EpicState;
  readonly refresh: () => Promise<Result<EpicState>>;
  readonly replace: (state: EpicState) => void;
  readonly pollMs: number;
}) {
  const { state } = props;
  const editor = useDraft(state.model);
  const [tab, setTab] = useState<PanelTab>(
    state.analysis === null ? 'model' : 'threats',
  );
  const actions = useActions({
    state,
    editor,
    refresh: props.refresh,
    replace: props.replace,
    onAnalyzed: () => {
      setTab('threats');
    },
  });
  const canAnalyze =
    state.epic.canEdit &&
    actions.busy === null &&
    editor.draft.model !== null &&
    editor.draft.check?.ok !== false;

  return (
    <main className="tm-stack">
      <header className="tm-spread">
        <div>
          <h2 className="tm-visually-hidden">Threat model</h2>
          <p className="tm-small">
            {state.epic.key} · revision {state.revision}
            {editor.draft.dirty ? ' · unsaved changes' : ''}
          </p>
        </div>
        <div className="tm-row">
          <BusyText busy={actions.busy} />
          <button
            type="button"
            className="tm-button tm-button--primary"
            disabled={!canAnalyze}
            onClick={() => void actions.analyze()}
          >
            {editor.draft.dirty ? 'Save and analyze' : 'Analyze'}
          </button>
        </div>
      </header>
      <StaleBanner
        state={state}
        canAnalyze={canAnalyze}
        onAnalyze={() => void actions.analyze()}
      />
      {actions.conflict === null ? null : (
        <ConflictMessage
          conflict={actions.conflict}
          onResolve={actions.resolveConflict}
        />
      )}
      {actions.notice === null ? null : (
        <NoticeMessage
          notice={actions.notice}
          onDismiss={actions.dismissNotice}
        />
      )}
      <div>
        <Tabs
          label="Threat model"
          idPrefix="tm"
          tabs={TABS}
          selected={tab}
          onSelect={setTab}
        />
        <TabPanel idPrefix="tm" tabKey={tab}>
          {tab === 'model' ? (
            <ModelTab
              draft={editor.draft}
              checking={editor.checking}
              modelProblems={editor.modelProblems}
              canEdit={state.epic.canEdit}
              busy={actions.busy !== null}
              onEdit={editor.edit}
              onPatch={editor.patch}
              onSave={() => void actions.save()}
              onImport={(file) => void actions.importFile(file)}
            />
          ) : null}
          {tab === 'threats' ? (
            <AnalysisTab
              state={state}
              canAnalyze={canAnalyze}
              onAnalyze={() => void actions.analyze()}
            />
          ) : null}
          {tab === 'backlog' ? (
            <BacklogTab
              state={state}
              pollMs={props.pollMs}
              onSynced={() => void props.refresh()}
            />
          ) : null}
          {tab === 'history' ? (
            <HistoryTab
              history={state.history}
              analyzedRevision={state.analyzedRevision}
            />
          ) : null}
        </TabPanel>
      </div>
    </main>
  );
}

function BusyText(props: { readonly busy: Busy }) {
  const label = busyLabel(props.busy);
  return (
    <span aria-live="polite">
      {label === null ? null : <Spinner label={label} />}
    </span>
  );
}

function busyLabel(busy: Busy): string | null {
  switch (busy) {
    case 'saving':
      return 'Saving…';
    case 'analyzing':
      return 'Analyzing…';
    case 'importing':
      return 'Importing…';
    case null:
      return null;
  }
}
