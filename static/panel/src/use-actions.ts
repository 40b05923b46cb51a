import { useState } from 'react';
import type { EpicState, Result, UiError } from '../../../src/app/contract';
import type { Problem } from '../../../src/model/errors';
import { callResolver } from '../../shared/bridge';
import type { MessageAppearance } from '../../shared/components/Message';
import { plural } from '../../shared/format';
import type { PickedFile } from './model/ImportButton';
import type { useDraft } from './model/use-draft';

export type Busy = 'saving' | 'analyzing' | 'importing' | null;

export interface Notice {
  readonly appearance: MessageAppearance;
  readonly title: string;
  readonly text?: string;
  readonly problems?: readonly Problem[];
}

export interface Conflict {
  readonly error: UiError;
  readonly latest: EpicState | null;
}

/** Save, import and analyze, with the notices and conflicts they raise. */
export function useActions(deps: {
  readonly state: EpicState;
  readonly editor: ReturnType<typeof useDraft>;
  readonly refresh: () => Promise<Result<EpicState>>;
  readonly replace: (state: EpicState) => void;
  readonly onAnalyzed: () => void;
}) {
  const { state, editor, refresh, replace } = deps;
  const [busy, setBusy] = useState<Busy>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const fail = async (error: UiError): Promise<void> => {
    if (error.code !== 'CONFLICT') {
      setNotice(errorNotice(error));
      return;
    }
    const latest = await callResolver('getEpicState', {});
    setConflict({ error, latest: latest.ok ? latest.data : null });
  };

  const saveDraft = async (): Promise<boolean> => {
    const model = editor.draft.model;
    if (model === null) return false;

    const result = await callResolver('saveModel', {
      baseRevision: state.revision,
      model,
    });
    if (!result.ok) {
      await fail(result.error);
      return false;
    }

    editor.markSaved(model);
    replace({ ...state, revision: result.data.revision });
    await refresh();
    return true;
  };

  const run = async (kind: Busy, task: () => Promise<void>): Promise<void> => {
    setBusy(kind);
    setNotice(null);
    try {
      await task();
    } finally {
      setBusy(null);
    }
  };

  const save = () =>
    run('saving', async () => {
      if (await saveDraft()) {
        setNotice({ appearance: 'success', title: 'Model saved' });
      }
    });

  const analyze = () =>
    run('analyzing', async () => {
      if (editor.draft.dirty && !(await saveDraft())) return;
      const result = await callResolver('analyze', {});
      if (!result.ok) {
        await fail(result.error);
        return;
      }
      replace(result.data);
      deps.onAnalyzed();
      const count = result.data.analysis?.threats.length ?? 0;
      setNotice({
        appearance: 'success',
        title: `Analysis done: ${plural(count, 'threat')} found`,
      });
    });

  const importFile = (file: PickedFile) =>
    run('importing', async () => {
      if (!file.ok) {
        setNotice({ appearance: 'error', title: file.message });
        return;
      }
      const result = await callResolver('importModel', {
        baseRevision: state.revision,
        fileName: file.fileName,
        text: file.text,
      });
      if (!result.ok) {
        await fail(result.error);
        return;
      }
      const fresh = await refresh();
      if (fresh.ok) editor.reset(fresh.data.model);
      setNotice(importNotice(file.fileName, result.data.skipped));
    });

  const resolveConflict = (keepMyText: boolean): void => {
    if (conflict?.latest) {
      replace(conflict.latest);
      if (keepMyText) editor.rebase(conflict.latest.model);
      else editor.reset(conflict.latest.model);
    }
    setConflict(null);
    setNotice(
      keepMyText
        ? {
            appearance: 'information',
            title: 'Loaded the latest version',
            text: 'Your text is still in the editor. Save to put it on top.',
          }
        : null,
    );
  };

  return {
    busy,
    notice,
    conflict,
    save,
    analyze,
    importFile,
    resolveConflict,
    dismissNotice: () => {
      setNotice(null);
    },
  };
}

function errorNotice(error: UiError): Notice {
  return {
    appearance: 'error',
    title: error.message,
    problems: error.problems ?? [],
  };
}

function importNotice(fileName: string, skipped: readonly Problem[]): Notice {
  if (skipped.length === 0) {
    return { appearance: 'success', title: `Imported ${fileName}` };
  }
  return {
    appearance: 'warning',
    title: `Imported ${fileName}, skipping ${plural(skipped.length, 'part')}`,
    problems: skipped,
  };
}
