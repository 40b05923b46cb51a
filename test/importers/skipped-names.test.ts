import { importModel } from '../../src/importers';

function threatDragon(flow: Record<string, unknown>): string {
  const web = {
    id: 'web',
    shape: 'process',
    position: { x: 0, y: 0 },
    size: { width: 100, height: 60 },
    data: { type: 'tm.Process', name: 'Web' },
  };
  const cells = [web, { shape: 'flow', target: { cell: 'web' }, ...flow }];
  return JSON.stringify({
    summary: { title: 'Shop' },
    detail: { diagrams: [{ cells }] },
  });
}

describe('what a skipped flow is called', () => {
  test.each([
    [
      'its name',
      { id: 'f1', data: { type: 'tm.Flow', name: 'Orders' } },
      "flow 'Orders' does not join two elements: skipped",
    ],
    [
      'its id, when its name is blank',
      { id: 'f1', data: { type: 'tm.Flow', name: '' } },
      "flow with id 'f1' does not join two elements: skipped",
    ],
    [
      'where it is, with neither name nor id',
      { data: { type: 'tm.Flow' } },
      'the unnamed flow at detail.diagrams[0].cells[1] does not join two elements: skipped',
    ],
  ])('in Threat Dragon is %s', (_, flow, message) => {
    const { model, skipped } = importModel(threatDragon(flow), {
      fileName: 'td.json',
    });

    expect(model.flows).toEqual([]);
    expect(skipped).toEqual([{ path: 'detail.diagrams[0].cells[1]', message }]);
  });

  it('in pytm is where it is, when it has no name', () => {
    const text = JSON.stringify({
      elements: [{ __class__: 'Server', name: 'Web' }],
      flows: [{ source: 'Web', sink: 'Nowhere' }],
    });

    const { skipped } = importModel(text, { fileName: 'tm.json' });

    expect(skipped).toContainEqual({
      path: 'flows[0]',
      message:
        'the unnamed flow at flows[0] does not join two known elements: skipped',
    });
  });
});
