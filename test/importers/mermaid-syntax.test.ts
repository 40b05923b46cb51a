import { importModel } from '../../src/importers';
import { thrown } from './helpers';

function mermaid(text: string) {
  return importModel(text, { format: 'mermaid' });
}

function flowsOf(text: string): string[] {
  return mermaid(text).model.flows.map((f) => `${f.from}>${f.to}`);
}

describe('Mermaid flowchart syntax', () => {
  test.each([
    ['graph TD'],
    ['graph LR'],
    ['flowchart BT'],
    ['flowchart RL'],
    ['flowchart TB'],
    ['graph'],
  ])('reads a diagram that opens with %s', (header) => {
    expect(flowsOf(`${header}\n  A --> B`)).toEqual(['A>B']);
  });

  test.each([
    ['A[Rect]', 'Rect'],
    ['A(Round)', 'Round'],
    ['A([Stadium])', 'Stadium'],
    ['A[[Subroutine]]', 'Subroutine'],
    ['A[(Cylinder)]', 'Cylinder'],
    ['A((Circle))', 'Circle'],
    ['A(((Double)))', 'Double'],
    ['A{Diamond}', 'Diamond'],
    ['A{{Hexagon}}', 'Hexagon'],
    ['A>Flag]', 'Flag'],
    ['A[/Lean right/]', 'Lean right'],
    ['A[\\Lean left\\]', 'Lean left'],
    ['A[/Trapezoid\\]', 'Trapezoid'],
    ['A[\\Inverse/]', 'Inverse'],
    ['A["Quoted (with) [brackets]"]', 'Quoted (with) [brackets]'],
    ['A["`**Bold** and _it_`"]', 'Bold and it'],
    ['A[Line<br/>break]', 'Line break'],
    ['A@{ shape: cyl, label: "Orders" }', 'Orders'],
  ])('reads the label of %s', (node, label) => {
    const [element] = mermaid(`flowchart LR\n  ${node} --> B`).model.elements;

    expect(element?.name).toBe(label);
  });

  test.each([
    ['A --> B', false],
    ['A --- B', true],
    ['A -.-> B', false],
    ['A ==> B', false],
    ['A <--> B', true],
    ['A --o B', false],
    ['A --x B', false],
    ['A ----> B', false],
    ['A -.- B', true],
    ['A <==> B', true],
  ])(
    'turns the link %s into one flow from A to B',
    (statement, bidirectional) => {
      const [flow] = mermaid(`graph LR\n${statement}`).model.flows;

      expect(flow).toMatchObject({ from: 'A', to: 'B', bidirectional });
    },
  );

  test.each([
    ['A -- HTTPS --> B'],
    ['A --HTTPS--> B'],
    ['A -->|HTTPS| B'],
    ['A -->|"HTTPS"| B'],
    ['A -- "HTTPS" --> B'],
    ['A == HTTPS ==> B'],
    ['A -. HTTPS .-> B'],
    ['A-->|HTTPS|B'],
  ])('reads the text of %s', (statement) => {
    const [flow] = mermaid(`graph LR\n${statement}`).model.flows;

    expect(flow).toMatchObject({
      label: 'HTTPS',
      protocol: 'https',
      encrypted: true,
    });
  });

  it('draws no flow for an invisible link', () => {
    expect(flowsOf('graph LR\nA ~~~ B')).toEqual([]);
  });

  it('joins each node of a chain to the next', () => {
    expect(flowsOf('graph LR\nA --> B --> C -->|x| D')).toEqual([
      'A>B',
      'B>C',
      'C>D',
    ]);
  });

  it('joins every node of one & group to every node of the next', () => {
    expect(flowsOf('graph LR\nA & B --> C & D')).toEqual([
      'A>C',
      'A>D',
      'B>C',
      'B>D',
    ]);
  });

  it('fans out with A --> B & C', () => {
    expect(flowsOf('graph LR\nA --> B & C')).toEqual(['A>B', 'A>C']);
  });

  it('reads statements separated by semicolons', () => {
    expect(flowsOf('graph LR; A --> B; B --> C;')).toEqual(['A>B', 'B>C']);
  });

  it('names a flow by its edge id when the diagram gives one', () => {
    const { flows } = mermaid('flowchart LR\nA e1@--> B\nA --> B').model;

    expect(flows.map((f) => f.id)).toEqual(['e1', 'A->B']);
  });

  it('numbers repeated unlabelled flows between the same nodes', () => {
    const { flows } = mermaid('flowchart LR\nA --> B\nA --> B\nA --> B').model;

    expect(flows.map((f) => f.id)).toEqual(['A->B', 'A->B#2', 'A->B#3']);
  });

  it('keeps node ids with dashes apart from the links that follow them', () => {
    expect(flowsOf('graph LR\ncloud-init--executes-->aws-cli')).toEqual([
      'cloud-init>aws-cli',
    ]);
  });

  it('ignores comments, styling and click statements', () => {
    const text = [
      'flowchart LR',
      '%% a comment with --> an arrow',
      'A --> B %% trailing comment',
      'classDef hot fill:#f96;',
      'class A hot',
      'style B fill:#bbf,stroke:#333',
      'linkStyle 0 stroke:#ff3',
      'click A "https://example.com/never-followed" "tooltip"',
      'click B callback',
      'accTitle: Checkout',
      'accDescr {',
      '  A --> Z is not an edge',
      '}',
      'A:::hot --> C',
    ].join('\n');

    expect(flowsOf(text)).toEqual(['A>B', 'A>C']);
  });

  it('ignores init directives, even across lines', () => {
    const text =
      '%%{init: {"theme": "dark",\n "flowchart": {"curve": "basis"}}}%%\nflowchart LR\nA --> B';

    expect(flowsOf(text)).toEqual(['A>B']);
  });

  it('ignores a Mermaid front matter block and takes its title', () => {
    const text =
      '---\ntitle: Shop checkout\nconfig:\n  theme: forest\n---\nflowchart LR\nA --> B';

    const { model } = mermaid(text);

    expect(model.system.name).toBe('Shop checkout');
    expect(model.flows).toHaveLength(1);
  });

  it('keeps HTML and script in a label as plain text', () => {
    const [element] = mermaid(
      'flowchart LR\nA["<script>alert(1)</script><b>x</b>"]',
    ).model.elements;

    expect(element?.name).toBe('<script>alert(1)</script><b>x</b>');
  });

  it('lets the last definition of a node set its label', () => {
    const [element] = mermaid('flowchart LR\nA[First] --> B\nA[Second]').model
      .elements;

    expect(element?.name).toBe('Second');
  });

  test.each([
    ['A[unclosed --> B', 2],
    ['A --> B\nsubgraph S\nC', 3],
    ['A --> B\nend', 3],
    ['A -->', 2],
    ['A --> B C', 2],
    ['A -- text without arrow B', 2],
  ])('refuses %j naming its line', (body, line) => {
    const error = thrown(() => mermaid(`flowchart LR\n${body}`));

    expect(error.code).toBe('PARSE_ERROR');
    expect(error.line).toBe(line);
  });
});
