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
  fitToViewBox(root);
  centreNodeLabels(root);
  decodeCharacterReferences(root);
  return root;
}

/** Its natural size, as attributes: Mermaid's own max-width is a style. */
function fitToViewBox(svg: SVGSVGElement): void {
  const box = svg.viewBox.baseVal;
  if (box.width <= 0 || box.height <= 0) return;
  svg.setAttribute('width', String(Math.ceil(box.width)));
  svg.setAttribute('height', String(Math.ceil(box.height)));
}

/**
 * Mermaid places some node labels for a middle anchor and some for a
 * start anchor, and relies on its stylesheet for the rest; with one
 * anchor (middle, set in our CSS) every label sits at the node's centre.
 */
function centreNodeLabels(svg: SVGSVGElement): void {
  for (const label of svg.querySelectorAll('g.node > g.label')) {
    const shift = /translate\(\s*[-\d.e]+[\s,]+([-\d.e]+)\s*\)/.exec(
      label.getAttribute('transform') ?? '',
    );
    if (shift) label.setAttribute('transform', `translate(0, ${shift[1]})`);
  }
}

/**
 * Mermaid turns the label codes `#60;` into `&#60;`, which SVG text shows
 * as written, and may wrap a long word inside one. Each `<text>` gets its
 * characters back through nodeValue, which never parses markup, carrying
 * a code cut by a line break over to the next line.
 */
function decodeCharacterReferences(svg: SVGSVGElement): void {
  for (const text of svg.querySelectorAll('text')) {
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    let carry = '';
    let last: Node | null = null;
    for (
      let node = walker.nextNode();
      node !== null;
      node = walker.nextNode()
    ) {
      const value = carry + (node.nodeValue ?? '');
      carry = /&(#\d{0,7})?$/.exec(value)?.[0] ?? '';
      node.nodeValue = decode(value.slice(0, value.length - carry.length));
      last = node;
    }
    if (last !== null && carry !== '') {
      last.nodeValue = (last.nodeValue ?? '') + carry;
    }
  }
}

function decode(text: string): string {
  return text.replace(/&#(\d{1,7});/g, (_, code: string) =>
    String.fromCodePoint(Math.min(Number(code), 0x10ffff)),
  );
}
