import { useEffect, useMemo, useReducer } from 'react';
import type { Problem } from '../../../../src/model/errors';
import type { ThreatModel } from '../../../../src/model/schema';
import { checkModel, checkText, type Checked } from '../../../shared/engine';
import { mergeDiagram } from './merge';

/** The model being edited: its Mermaid text, its tables, and their checks. */
export interface Draft {
  readonly text: string;
  readonly model: ThreatModel | null;
  /** The last parse of the text that succeeded, for the three-way merge. */
  readonly lastParse: ThreatModel | null;
  readonly check: Checked | null;
  readonly checkedText: string | null;
  readonly dirty: boolean;
}

type Action =
  | { readonly type: 'reset'; readonly model: ThreatModel | null }
  | { readonly type: 'edit'; readonly text: string }
  | { readonly type: 'checked'; readonly text: string; readonly check: Checked }
  | { readonly type: 'patch'; readonly model: ThreatModel }
  | { readonly type: 'rebase'; readonly model: ThreatModel | null }
  | { readonly type: 'saved'; readonly model: ThreatModel };

export const DIAGRAM_FILE = 'diagram.mmd';
const CHECK_DELAY_MS = 300;

export function initialDraft(model: ThreatModel | null): Draft {
  const text = model?.diagram ?? '';
  const check = text === '' ? null : checkText(text, DIAGRAM_FILE);
  return {
    text,
    model,
    lastParse: check?.ok === true ? check.model : null,
    check,
    checkedText: text,
    dirty: false,
  };
}

function reduce(draft: Draft, action: Action): Draft {
  switch (action.type) {
    case 'reset':
      return initialDraft(action.model);
    case 'edit':
      return { ...draft, text: action.text, dirty: true };
    case 'checked':
      return applyCheck(draft, action.text, action.check);
    case 'patch':
      return { ...draft, model: action.model, dirty: true };
    case 'rebase':
      return rebase(draft, action.model);
    case 'saved':
      return { ...draft, dirty: draft.model !== action.model };
  }
}

/** Takes a newer saved model as the base, keeping the text being typed. */
function rebase(draft: Draft, model: ThreatModel | null): Draft {
  const base = initialDraft(model);
  if (draft.text === base.text) return base;
  return { ...base, text: draft.text, dirty: true };
}

function applyCheck(draft: Draft, text: string, check: Checked): Draft {
  if (text !== draft.text) return draft;
  if (!check.ok) return { ...draft, check, checkedText: text };

  const merged = mergeDiagram(draft.lastParse, check.model, draft.model);
  return {
    ...draft,
    check,
    checkedText: text,
    lastParse: check.model,
    model: { ...merged, diagram: text },
  };
}

export function useDraft(saved: ThreatModel | null) {
  const [draft, dispatch] = useReducer(reduce, saved, initialDraft);

  useEffect(() => {
    if (draft.text === draft.checkedText) return;
    const text = draft.text;
    const timer = setTimeout(() => {
      dispatch({ type: 'checked', text, check: checkText(text, DIAGRAM_FILE) });
    }, CHECK_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [draft.text, draft.checkedText]);

  const modelProblems = useMemo(
    () => referenceProblems(draft.model),
    [draft.model],
  );

  return {
    draft,
    modelProblems,
    checking: draft.text !== draft.checkedText,
    edit: (text: string) => {
      dispatch({ type: 'edit', text });
    },
    patch: (model: ThreatModel) => {
      dispatch({ type: 'patch', model });
    },
    reset: (model: ThreatModel | null) => {
      dispatch({ type: 'reset', model });
    },
    rebase: (model: ThreatModel | null) => {
      dispatch({ type: 'rebase', model });
    },
    /** Clean again, unless the model changed while it was being saved. */
    markSaved: (model: ThreatModel) => {
      dispatch({ type: 'saved', model });
    },
  };
}

function referenceProblems(model: ThreatModel | null): readonly Problem[] {
  if (model === null) return [];
  const check = checkModel(model);
  return check.ok ? [] : check.problems;
}
