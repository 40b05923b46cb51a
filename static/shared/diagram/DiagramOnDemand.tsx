import { useState } from 'react';
import { Diagram } from './Diagram';
import type { DiagramModel } from './mermaid-source';

/** A button that draws the diagram only when someone asks for it. */
export function DiagramOnDemand(props: {
  readonly model: DiagramModel;
  readonly label: string;
}) {
  const [shown, setShown] = useState(false);
  return (
    <div className="tm-stack">
      <button
        type="button"
        className="tm-button"
        aria-expanded={shown}
        onClick={() => {
          setShown(!shown);
        }}
      >
        {shown ? 'Hide diagram' : 'Show diagram'}
      </button>
      {shown ? <Diagram model={props.model} label={props.label} /> : null}
    </div>
  );
}
