/** @jest-environment jsdom */
import { answerWith, ok } from './bridge';
import { fireEvent, screen } from '@testing-library/react';
import { PanelApp } from '../../static/panel/src/PanelApp';
import { toMermaidSource } from '../../static/shared/diagram/mermaid-source';
import { epicState, shopAnalysis, shopModel } from './fixtures';
import { drawn, renderWithDiagram } from './render';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const INIT = '%%{init: {"securityLevel": "loose"}}%%';
const CLICK = 'click api call alert()';

function hostileModel() {
  return shopModel({ system: INIT, shopper: CLICK, api: SCRIPT + IMG });
}

describe('names that look like markup', () => {
  it('render as literal text in the tables, inventory and details', async () => {
    const model = hostileModel();
    answerWith({
      getEpicState: () =>
        ok(
          epicState({
            model,
            analysis: shopAnalysis(model),
            analyzedRevision: 2,
          }),
        ),
    });
    const { container } = renderWithDiagram(<PanelApp />);

    const cells = await screen.findAllByText(SCRIPT + IMG);
    fireEvent.click(
      screen.getByRole('button', { name: 'SQL injection in order search' }),
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Model' }));

    expect(cells.length).toBeGreaterThan(0);
    expect(await screen.findByRole('rowheader', { name: CLICK })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: SCRIPT + IMG })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(document.querySelectorAll('[onerror]')).toHaveLength(0);
  });

  it('reach Mermaid only as entity-coded labels', async () => {
    const model = hostileModel();
    answerWith({ getEpicState: () => ok(epicState({ model })) });
    renderWithDiagram(<PanelApp />);

    await screen.findByRole('textbox', { name: 'Mermaid source' });

    const source = drawn.at(-1) ?? '';
    expect(source).toBe(toMermaidSource(model));
    const labels = source.match(/"[^"]*"/g) ?? [];
    expect(labels.length).toBeGreaterThan(4);
    expect(labels.filter((label) => /[<>%{}`]/.test(label))).toEqual([]);
    expect(source).not.toContain('%%');
    expect(source.split('\n').every((line) => !/^\s*click\b/.test(line))).toBe(
      true,
    );
    expect(source).toContain('#60;script#62;');
  });
});

describe('toMermaidSource', () => {
  test.each([
    ['a quote that would close the label', 'a"b', 'a#34;b'],
    ['a directive', '%%{init}%%', '#37;#37;{init}#37;#37;'],
    ['a markdown string', '`**x**`', '#96;**x**#96;'],
    ['a character code', '#quot;', '#35;quot;'],
    ['a new line', 'a\nclick b', 'a click b'],
  ])('codes %s', (_, name, label) => {
    const model = shopModel({ shopper: name });

    const source = toMermaidSource(model);

    expect(source).toContain(`n0(["${label}"])`);
  });
});
