import { useEffect, useRef, useState } from 'react';
import type {
  BacklogPlanView,
  SyncProgress,
  UiError,
} from '../../../../src/app/contract';
import { callResolver } from '../../../shared/bridge';

export type SyncStep =
  | { readonly step: 'idle' }
  | { readonly step: 'previewing' }
  | { readonly step: 'preview'; readonly plan: BacklogPlanView }
  | {
      readonly step: 'syncing';
      readonly plan: BacklogPlanView;
      readonly progress: SyncProgress | null;
    }
  | {
      readonly step: 'done';
      readonly plan: BacklogPlanView;
      readonly progress: SyncProgress;
    }
  | { readonly step: 'failed'; readonly error: UiError };

/** Polls at most this many times: ten minutes at the default pace. */
const MAX_POLLS = 600;

/**
 * Preview, confirm, then follow the job until it ends. Polling stops when
 * the job is done or failed, after MAX_POLLS, or when the tab unmounts.
 */
export function useSync(pollMs: number, onFinished: () => void) {
  const [sync, setSync] = useState<SyncStep>({ step: 'idle' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const preview = async (): Promise<void> => {
    setSync({ step: 'previewing' });
    const result = await callResolver('previewBacklog', {});
    if (!alive.current) return;
    setSync(
      result.ok
        ? { step: 'preview', plan: result.data }
        : { step: 'failed', error: result.error },
    );
  };

  const confirm = async (plan: BacklogPlanView): Promise<void> => {
    setSync({ step: 'syncing', plan, progress: null });
    let result = await callResolver('syncBacklog', {});
    for (let polls = 0; result.ok && !ended(result.data); polls += 1) {
      if (!alive.current) return;
      setSync({ step: 'syncing', plan, progress: result.data });
      if (polls >= MAX_POLLS) {
        setSync({ step: 'failed', error: tooLong() });
        return;
      }
      await delay(pollMs);
      result = await callResolver('getSyncProgress', {
        jobId: result.data.jobId,
      });
    }
    if (!alive.current) return;

    onFinished();
    if (!result.ok) setSync({ step: 'failed', error: result.error });
    else if (result.data.state === 'failed') {
      setSync({ step: 'failed', error: result.data.error ?? jobFailed() });
    } else setSync({ step: 'done', plan, progress: result.data });
  };

  return {
    sync,
    preview,
    confirm,
    reset: () => {
      setSync({ step: 'idle' });
    },
  };
}

function ended(progress: SyncProgress): boolean {
  return progress.state === 'done' || progress.state === 'failed';
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function tooLong(): UiError {
  return {
    code: 'BUSY',
    message:
      'Creating the tickets is taking longer than expected. They keep ' +
      'being created; reopen this tab later to see them.',
  };
}

function jobFailed(): UiError {
  return {
    code: 'JIRA_ERROR',
    message: 'Creating the tickets stopped. Run it again to resume.',
  };
}
