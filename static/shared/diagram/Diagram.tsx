import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { toMermaidSource, type DiagramModel } from './mermaid-source';

/** Draws Mermaid source as an SVG element; tests swap in their own. */
export type DiagramRenderer = (source: string) => Promise<Element>;

async function lazyRenderer(source: string): Promise<Element> {
  const { renderMermaidSvg } = await import('./render-mermaid');
  return renderMermaidSvg(source);
}

export const DiagramRendererContext =
  createContext<DiagramRenderer>(lazyRenderer);

type DrawState = 'drawing' | 'drawn' | 'failed';

/**
 * The data-flow diagram of a model, trust boundaries as dashed frames. The
 * SVG is inserted as a node, never as an HTML string.
 */
export function Diagram(props: {
  readonly model: DiagramModel;
  readonly label: string;
}) {
  const render = useContext(DiagramRendererContext);
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<DrawState>('drawing');
  const source = toMermaidSource(props.model);
  const empty = props.model.elements.length === 0;

  useEffect(() => {
    if (empty) return;
    let current = true;
    setState('drawing');

    render(source).then(
      (svg) => {
        if (!current || host.current === null) return;
        svg.setAttribute('aria-label', props.label);
        host.current.replaceChildren(svg);
        setState('drawn');
      },
      () => {
        if (current) setState('failed');
      },
    );

    return () => {
      current = false;
    };
  }, [render, source, empty, props.label]);

  if (empty) {
    return <p className="tm-subtle">The model has no elements to draw yet.</p>;
  }

  return (
    <figure className="tm-diagram" aria-busy={state === 'drawing'}>
      <div ref={host} className="tm-diagram__canvas" />
      {state === 'drawing' ? (
        <p className="tm-small">Drawing the diagram…</p>
      ) : null}
      {state === 'failed' ? (
        <p role="alert" className="tm-subtle">
          The diagram could not be drawn. The tables below still hold every
          element and flow.
        </p>
      ) : null}
    </figure>
  );
}
