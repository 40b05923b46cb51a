import { importModel } from '../../src/importers';
import { fixture, thrown } from './helpers';

function mermaid(text: string, fileName?: string) {
  return importModel(
    text,
    fileName === undefined ? { format: 'mermaid' } : { fileName },
  );
}

describe('Mermaid to model', () => {
  it('reads every flowchart fence of a Markdown file and its front matter', () => {
    const { model, skipped, format } = mermaid(
      fixture('shop-design.md'),
      'shop-design.md',
    );

    expect(format).toBe('mermaid');
    expect(model.system).toMatchObject({
      name: 'Shop checkout',
      applicationType: 'web',
      regulations: ['pci-dss'],
    });
    expect(model.elements.map((e) => [e.id, e.kind, e.subtype])).toEqual([
      ['browser', 'external-entity', 'browser'],
      ['web', 'process', 'web-application'],
      ['db', 'data-store', 'database'],
    ]);
    expect(model.elements[2]?.attributes.encryptionAtRest).toBe(true);
    expect(model.flows[1]).toMatchObject({
      id: 'web->db',
      protocol: 'sql+tls',
      encrypted: true,
    });
    expect(model.assets[0]?.storedIn).toEqual(['db']);
    expect(model.diagram).toBeUndefined();
    expect(skipped).toEqual([
      { path: 'front matter: owner', message: 'not part of a model: ignored' },
      {
        path: 'line 33',
        message: 'a sequenceDiagram diagram, not a flowchart: skipped',
      },
      {
        path: '',
        message:
          '2 flowcharts were merged into one model; their text is not kept',
      },
    ]);
  });

  it('names the file line of an error inside a Markdown fence', () => {
    const text =
      '# Design\n\nIntro.\n\n```mermaid\ngraph LR\n  A --> B\n  C[broken --> D\n```\n';

    const error = thrown(() => mermaid(text, 'design.md'));

    expect(error.line).toBe(8);
  });

  it('reads Markdown written with Windows line ends', () => {
    const text =
      '---\r\ntitle: Win\r\n---\r\n```mermaid\r\ngraph LR\r\n  A[Web] -->|HTTPS| B\r\n```\r\n';

    const { model } = mermaid(text, 'win.md');

    expect(model.system.name).toBe('Win');
    expect(model.elements.map((e) => e.name)).toEqual(['Web', 'B']);
    expect(model.flows[0]?.protocol).toBe('https');
  });

  it('keeps the text of a single flowchart as the model diagram', () => {
    const text = 'flowchart LR\n  A --> B\n';

    expect(mermaid(text).model.diagram).toBe(text);
  });

  it('names the system after a title comment, else the file', () => {
    expect(
      mermaid('%% title: Billing\ngraph LR\nA-->B').model.system.name,
    ).toBe('Billing');
    expect(
      mermaid('graph LR\nA-->B', 'diagrams/billing-flow.mmd').model.system.name,
    ).toBe('billing-flow');
    expect(mermaid('graph LR\nA-->B').model.system.name).toBe(
      'Imported diagram',
    );
  });

  it('says a Markdown file holds no flowchart', () => {
    const error = thrown(() =>
      mermaid('# Notes\n\n```mermaid\npie\n "a": 1\n```\n', 'notes.md'),
    );

    expect(error.code).toBe('PARSE_ERROR');
    expect(error.problems[0]?.message).toMatch(
      /a pie diagram, not a flowchart/,
    );
  });

  test.each([
    ['db[(Orders)]', 'data-store', 'database'],
    ['c[(Session Cache)]', 'data-store', 'cache'],
    ['u([Researcher])', 'external-entity', 'generic'],
    ['p([Payment Gateway API])', 'external-entity', 'payment-provider'],
    ['l[Payment Audit Log]', 'data-store', 'log-store'],
    ['b[Customer Browser]', 'external-entity', 'browser'],
    ['g[Web Application Gateway]', 'process', 'api-gateway'],
    ['a[Authentication Service]', 'process', 'identity-provider'],
    ['x[Thing]', 'process', 'generic'],
    ['userDB', 'data-store', 'database'],
  ])('takes the kind of %s from its shape and name', (node, kind, subtype) => {
    const [element] = mermaid(`graph LR\n${node}`).model.elements;

    expect(element).toMatchObject({ kind, subtype });
  });

  it('reads transport facts from edge labels', () => {
    const { flows } = mermaid(
      'graph LR\nA -->|gRPC/mTLS| B\nB -->|HTTP| C\nC -->|reads| D',
    ).model;

    expect(
      flows.map((f) => [f.protocol, f.encrypted, f.authenticated]),
    ).toEqual([
      ['grpcs', true, true],
      ['http', false, undefined],
      [undefined, undefined, undefined],
    ]);
  });

  it('renames a node id the model cannot hold and says so', () => {
    const { model, skipped } = mermaid('graph LR\nÄrzte[Doctors] --> B');

    expect(model.elements[0]?.id).toBe('arzte');
    expect(model.flows[0]).toMatchObject({ id: 'arzte->B', from: 'arzte' });
    expect(skipped[0]?.message).toMatch(/not a valid id: named 'arzte'/);
  });

  it('overrides diagram nodes from front matter and refuses unknown partial ones', () => {
    const text =
      '---\nelements:\n  - id: ghost\n    subtype: cache\n---\n\n```mermaid\ngraph LR\nA-->B\n```\n';

    const error = thrown(() => mermaid(text, 'x.md'));

    expect(error.code).toBe('INVALID_MODEL');
    expect(error.problems).toEqual([
      {
        path: 'front matter: elements[0].id',
        message:
          "names element 'ghost', which the diagram does not draw; give name, kind to add it",
      },
    ]);
  });
});
