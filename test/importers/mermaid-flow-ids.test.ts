import { importModel } from '../../src/importers';

/** Flow ids and labels of a flowchart, in drawing order. */
function flows(...lines: string[]): string[] {
  const text = ['flowchart LR', ...lines].join('\n');
  return importModel(text, { format: 'mermaid' }).model.flows.map(
    (f) => `${f.id} ${f.label ?? '-'}`,
  );
}

describe('Mermaid flow ids', () => {
  test.each([
    ['one edge, labelled', ['A -->|HTTPS| B'], ['A->B HTTPS']],
    [
      'repeated edges without labels, in drawing order as before',
      ['A --> B', 'A --> B'],
      ['A->B -', 'A->B#2 -'],
    ],
    [
      'repeated edges with labels of their own, by label',
      ['A -->|HTTPS| B', 'A -->|SQL over TLS| B'],
      ['A->B#https HTTPS', 'A->B#sql-over-tls SQL over TLS'],
    ],
    [
      'a labelled edge among unlabelled ones, the rest counted from 1',
      ['A --> B', 'A -->|again| B', 'A --> B'],
      ['A->B#1 -', 'A->B#again again', 'A->B#2 -'],
    ],
    [
      'edges sharing a label, counted',
      ['A -->|HTTPS| B', 'A -->|HTTPS| B'],
      ['A->B HTTPS', 'A->B#2 HTTPS'],
    ],
    [
      'edges labelled with numbers only, counted',
      ['A -->|1| B', 'A -->|2| B'],
      ['A->B 1', 'A->B#2 2'],
    ],
    [
      'edges the diagram names, by their names',
      ['A e1@-->|HTTPS| B', 'A e2@-->|HTTPS| B', 'A --> B'],
      ['e1 HTTPS', 'e2 HTTPS', 'A->B -'],
    ],
  ])('names %s', (_, lines, expected) => {
    expect(flows(...lines)).toEqual(expected);
  });

  it('keeps each labelled edge its id when two edge lines swap', () => {
    const before = flows('A -->|HTTPS| B', 'A -->|SQL| B', 'B --> C');

    const after = flows('A -->|SQL| B', 'A -->|HTTPS| B', 'B --> C');

    expect(after).toEqual([before[1], before[0], before[2]]);
  });

  it('never hands the plain id of one edge to another when an edge is added beside it', () => {
    const before = flows('A -->|HTTPS| B');

    const after = flows('A --> B', 'A -->|HTTPS| B');

    expect(before).toEqual(['A->B HTTPS']);
    expect(after).toEqual(['A->B#1 -', 'A->B#https HTTPS']);
  });

  it('keeps the counted ids of unlabelled edges when a labelled one joins them', () => {
    const before = flows('A --> B', 'A --> B');

    const after = flows('A --> B', 'A --> B', 'A -->|HTTPS| B');

    expect(before).toEqual(['A->B -', 'A->B#2 -']);
    expect(after).toEqual(['A->B#1 -', 'A->B#2 -', 'A->B#https HTTPS']);
  });

  it('names an edge to a subgraph by the subgraph, label and all', () => {
    const ids = flows(
      'subgraph cloud [Cloud]',
      '  api',
      'end',
      'user -->|HTTPS| cloud',
      'user -->|SSH| cloud',
    );

    expect(ids).toEqual(['user->cloud#https HTTPS', 'user->cloud#ssh SSH']);
  });
});
