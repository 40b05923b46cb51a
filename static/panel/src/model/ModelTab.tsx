import type { Problem } from '../../../../src/model/errors';
import type { ThreatModel } from '../../../../src/model/schema';
import { Diagram } from '../../../shared/diagram/Diagram';
import { plural } from '../../../shared/format';
import { ProblemList } from '../../../shared/components/Message';
import { ElementTable } from './ElementTable';
import { FlowTable } from './FlowTable';
import { ImportButton, type PickedFile } from './ImportButton';
import { linesOf, MermaidEditor } from './MermaidEditor';
import type { Draft } from './use-draft';

export interface ModelTabProps {
  readonly draft: Draft;
  readonly checking: boolean;
  readonly modelProblems: readonly Problem[];
  readonly canEdit: boolean;
  readonly busy: boolean;
  readonly onEdit: (text: string) => void;
  readonly onPatch: (model: ThreatModel) => void;
  readonly onSave: () => void;
  readonly onImport: (file: PickedFile) => void;
}

/** The model: Mermaid source, live checks, the diagram, the tables. */
export function ModelTab(props: ModelTabProps) {
  const { draft, canEdit } = props;
  const problems = draft.check?.ok === false ? draft.check.problems : [];
  const blocked = draft.check?.ok === false || props.modelProblems.length > 0;

  return (
    <div className="tm-stack">
      <div className="tm-spread">
        <h3>Data-flow diagram</h3>
        <div className="tm-row">
          <ImportButton
            disabled={!canEdit || props.busy}
            onPicked={props.onImport}
          />
          <button
            type="button"
            className="tm-button tm-button--primary"
            disabled={!canEdit || props.busy || !draft.dirty || blocked}
            onClick={props.onSave}
          >
            Save
          </button>
        </div>
      </div>
      {canEdit ? null : (
        <p className="tm-subtle">You can view this model but not edit it.</p>
      )}
      <div className="tm-model-grid">
        <div className="tm-field">
          <label className="tm-label" htmlFor="tm-mermaid">
            Mermaid source
          </label>
          <MermaidEditor
            id="tm-mermaid"
            text={draft.text}
            onChange={props.onEdit}
            errorLines={linesOf(problems)}
            describedBy="tm-validation"
            readOnly={!canEdit}
          />
          <div id="tm-validation" role="status" aria-live="polite">
            <Validation {...props} />
          </div>
        </div>
        <div className="tm-diagram-pane">
          {draft.model === null ? (
            <p className="tm-subtle">The diagram appears once it reads.</p>
          ) : (
            <Diagram
              model={draft.model}
              label={`Data-flow diagram of ${draft.model.system.name}`}
            />
          )}
        </div>
      </div>
      {draft.model === null ? null : (
        <>
          <ElementTable
            model={draft.model}
            onChange={props.onPatch}
            readOnly={!canEdit}
          />
          <FlowTable
            model={draft.model}
            onChange={props.onPatch}
            readOnly={!canEdit}
          />
        </>
      )}
    </div>
  );
}

function Validation(props: ModelTabProps) {
  const { draft } = props;
  if (props.checking) return <p className="tm-small">Checking…</p>;
  if (draft.check?.ok === false) {
    return (
      <div className="tm-validation tm-validation--error">
        <p>{draft.check.message}</p>
        <ProblemList problems={draft.check.problems} />
      </div>
    );
  }

  return (
    <div className="tm-validation">
      {draft.check === null ? (
        <EmptyText {...props} />
      ) : (
        <ReadsAs model={draft.check.model} skipped={draft.check.skipped} />
      )}
      {props.modelProblems.length > 0 ? (
        <>
          <p className="tm-validation--error">The model has problems:</p>
          <ProblemList problems={props.modelProblems} />
        </>
      ) : null}
    </div>
  );
}

function ReadsAs(props: {
  readonly model: ThreatModel;
  readonly skipped: readonly Problem[];
}) {
  const { model, skipped } = props;
  return (
    <>
      <p className="tm-validation--ok">
        The diagram reads: {plural(model.elements.length, 'element')},{' '}
        {plural(model.flows.length, 'flow')},{' '}
        {plural(model.boundaries.length, 'trust boundary', 'trust boundaries')}.
      </p>
      {skipped.length > 0 ? (
        <>
          <p>Some lines were skipped:</p>
          <ProblemList problems={skipped} />
        </>
      ) : null}
    </>
  );
}

function EmptyText(props: ModelTabProps) {
  if (props.draft.model !== null) {
    return (
      <p className="tm-small">
        This model came from a file without a diagram. Edit it in the tables, or
        type a Mermaid flowchart to redraw it.
      </p>
    );
  }
  return (
    <div className="tm-row">
      <p className="tm-small">
        Type a Mermaid flowchart, or import a .md, .mmd, .yaml, .yml or .json
        file.
      </p>
      {props.canEdit ? (
        <button
          type="button"
          className="tm-button tm-button--compact"
          onClick={() => {
            props.onEdit(STARTER);
          }}
        >
          Start from an example
        </button>
      ) : null}
    </div>
  );
}

/** A small diagram in the importer's dialect, to edit rather than learn. */
const STARTER = [
  'flowchart LR',
  '  customer([Customer])',
  '  subgraph cloud [Cloud]',
  '    web[Web application]',
  '    db[(Database)]',
  '  end',
  '  customer -->|HTTPS| web',
  '  web -->|SQL| db',
].join('\n');
