import { importModel } from '../../src/importers';
import { corpusFile } from './helpers';

function mermaid(text: string) {
  return importModel(text, { format: 'mermaid' });
}

function boundaryOf(text: string): Record<string, string | undefined> {
  const { elements } = mermaid(text).model;
  return Object.fromEntries(elements.map((e) => [e.id, e.boundary]));
}

describe('Mermaid subgraphs as trust boundaries', () => {
  it('puts a node in the subgraph that lists it after edges drew it at top level', () => {
    const text = [
      'graph TB',
      '  A[Customer Browser] -->|HTTPS| B[Load Balancer]',
      '  B --> C[Web Application Gateway]',
      '  C --> D[Authentication Service]',
      '  subgraph "Trust Boundary: DMZ"',
      '    B',
      '    C',
      '  end',
      '  subgraph "Trust Boundary: Application Tier"',
      '    D',
      '  end',
    ].join('\n');

    expect(boundaryOf(text)).toEqual({
      A: undefined,
      B: 'trust-boundary-dmz',
      C: 'trust-boundary-dmz',
      D: 'trust-boundary-application-tier',
    });
  });

  it('gives a node listed by two sibling subgraphs to the first', () => {
    const text =
      'graph LR\nsubgraph one\n  A --> B\nend\nsubgraph two\n  B --> C\nend';

    expect(boundaryOf(text)).toEqual({ A: 'one', B: 'one', C: 'two' });
  });

  it('gives a node to the innermost subgraph that lists it', () => {
    const text =
      'graph LR\nsubgraph outer\n  A --> B\n  subgraph inner\n    B\n  end\nend';

    const { model } = mermaid(text);

    expect(boundaryOf(text)).toEqual({ A: 'outer', B: 'inner' });
    expect(model.boundaries).toEqual([
      { id: 'outer', name: 'outer' },
      { id: 'inner', name: 'inner', parent: 'outer' },
    ]);
  });

  test.each([
    ['subgraph dmz [DMZ]', 'dmz', 'DMZ'],
    ['subgraph dmz["Demilitarised zone"]', 'dmz', 'Demilitarised zone'],
    [
      'subgraph "Trust Boundary: DMZ"',
      'trust-boundary-dmz',
      'Trust Boundary: DMZ',
    ],
    [
      'subgraph Bootstrap Node / Management Cluster',
      'bootstrap-node-management-cluster',
      'Bootstrap Node / Management Cluster',
    ],
    ['subgraph DMZ', 'DMZ', 'DMZ'],
    ['subgraph z1 ["`**Zone** one`"]', 'z1', 'Zone one'],
  ])('reads the header %s', (header, id, name) => {
    const { boundaries } = mermaid(`graph LR\n${header}\n  A\nend`).model;

    expect(boundaries).toEqual([{ id, name }]);
  });

  it('ignores direction statements inside a subgraph', () => {
    const text = 'graph LR\nsubgraph s [S]\n  direction TB\n  A --> B\nend';

    expect(boundaryOf(text)).toEqual({ A: 's', B: 's' });
  });

  it('attaches a flow at a subgraph id to its first element and says so', () => {
    const text =
      'graph LR\nU[User] --> dmz\nsubgraph dmz [DMZ]\n  LB[Load Balancer] --> W[Web]\nend';

    const { model, skipped } = mermaid(text);

    expect(model.flows).toEqual([
      expect.objectContaining({ id: 'U->dmz', from: 'U', to: 'LB' }),
      expect.objectContaining({ id: 'LB->W', from: 'LB', to: 'W' }),
    ]);
    expect(model.elements.map((e) => e.id)).toEqual(['U', 'LB', 'W']);
    expect(skipped).toEqual([
      {
        path: 'line 2',
        message:
          "a link names subgraph 'dmz': attached to its first element 'LB'",
      },
    ]);
  });

  it('looks into nested subgraphs for the first element', () => {
    const text =
      'graph LR\nU --> outer\nsubgraph outer\n  subgraph inner\n    X\n  end\nend';

    expect(mermaid(text).model.flows[0]).toMatchObject({ from: 'U', to: 'X' });
  });

  it('leaves out a flow to an empty subgraph and says so', () => {
    const { model, skipped } = mermaid(
      'graph LR\nU --> empty\nsubgraph empty\nend',
    );

    expect(model.flows).toEqual([]);
    expect(skipped[0]?.message).toMatch(/holds no element: left out/);
  });

  it('reads the Kubernetes Cluster API diagram from a security assessment', () => {
    const { model, skipped } = importModel(
      corpusFile('mermaid/k8s-cluster-api-dfd.md'),
      {
        fileName: 'k8s-cluster-api-dfd.md',
      },
    );

    expect(skipped).toEqual([]);
    expect(model.system.name).toBe('k8s-cluster-api-dfd');
    expect(model.boundaries).toEqual([
      {
        id: 'bootstrap-node-management-cluster',
        name: 'Bootstrap Node / Management Cluster',
      },
      { id: 'aws-regional-services', name: 'AWS Regional Services' },
      { id: 'VPC', name: 'Provisioned VPC' },
      {
        id: 'workload-ec2-instance',
        name: 'Workload EC2 Instance',
        parent: 'VPC',
      },
      {
        id: 'workload-control-plane',
        name: 'Workload control plane',
        parent: 'VPC',
      },
    ]);
    expect(boundaryOfModel(model.elements)).toMatchObject({
      ELB: 'aws-regional-services',
      secrets: 'aws-regional-services',
      k8sapi: 'workload-control-plane',
      awscli: 'workload-ec2-instance',
      IMDS: 'VPC',
      mgmtetcd: 'bootstrap-node-management-cluster',
    });
    expect(model.flows).toHaveLength(21);
    expect(model.elements.find((e) => e.id === 'secrets')).toMatchObject({
      kind: 'data-store',
      subtype: 'secret-store',
    });
  });
});

function boundaryOfModel(
  elements: readonly { id: string; boundary?: string }[],
) {
  return Object.fromEntries(elements.map((e) => [e.id, e.boundary]));
}
