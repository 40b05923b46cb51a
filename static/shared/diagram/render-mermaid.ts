/**
 * Draws a diagram with Mermaid, loaded on first use so the page's first
 * load stays small. Mermaid runs in strict mode with SVG text labels, then
 * DOMPurify (which Mermaid ships) keeps only SVG, without `<style>`, style
 * attributes or foreign objects; the stylesheet colours the result.
 */
let ready: Promise<typeof import('mermaid').default> | null = null;
let counter = 0;

function loadMermaid(): Promise<typeof import('mermaid').default> {
  ready ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'base',
      htmlLabels: false,
      flowchart: { htmlLabels: false, useMaxWidth: true },
      maxTextSize: 200_000,
      deterministicIds: true,
    });
    return mermaid;
  });
  return ready;
}

export async function renderMermaidSvg(source: string): Promise<SVGElement> {
  const [mermaid, { default: purify }] = await Promise.all([
    loadMermaid(),
    import('dompurify'),
  ]);

  counter += 1;
  const { svg } = await mermaid.render(`tm-diagram-${counter}`, source);
  const fragment = purify.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ['style', 'foreignObject', 'script', 'a'],
    FORBID_ATTR: ['style', 'href', 'xlink:href'],
    RETURN_DOM_FRAGMENT: true,
  });

  const root = fragment.firstElementChild;
  if (fragment.childElementCount !== 1 || !(root instanceof SVGSVGElement)) {
    throw new Error('the diagram did not come out as a single SVG');
  }
  root.removeAttribute('id');
  root.setAttribute('role', 'img');
  return root;
}
