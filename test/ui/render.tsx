import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { DiagramRendererContext } from '../../static/shared/diagram/Diagram';

/**
 * Mermaid cannot lay out SVG in jsdom, so the diagram renderer is swapped
 * for one that records the source it was given and draws an empty SVG.
 */
export const drawn: string[] = [];

async function fakeRenderer(source: string): Promise<Element> {
  drawn.push(source);
  await Promise.resolve();
  return document.createElementNS('http://www.w3.org/2000/svg', 'svg');
}

export function renderWithDiagram(ui: ReactElement) {
  drawn.length = 0;
  return render(
    <DiagramRendererContext.Provider value={fakeRenderer}>
      {ui}
    </DiagramRendererContext.Provider>,
  );
}
