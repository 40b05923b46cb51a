import {
  MAX_BOUNDARIES,
  MAX_BOUNDARY_DEPTH,
  MAX_ELEMENTS,
  MAX_FLOWS,
  parseModel,
  ThreatModelError,
} from '../../src/model';

function refusal(data: unknown): ThreatModelError {
  try {
    parseModel(data);
  } catch (error) {
    if (error instanceof ThreatModelError) return error;
    throw error;
  }
  throw new Error('expected the model to be refused');
}

function entries(count: number, make: (i: number) => object): object[] {
  return Array.from({ length: count }, (_, i) => make(i));
}

/** Boundaries b0 ⊃ b1 ⊃ … nested `depth` deep. */
function nested(depth: number): object[] {
  return entries(depth, (i) => ({
    id: `b${i}`,
    name: `Zone ${i}`,
    ...(i === 0 ? {} : { parent: `b${i - 1}` }),
  }));
}

const system = { name: 'Big' };

describe('the model size limits', () => {
  test.each([
    [
      'elements',
      MAX_ELEMENTS,
      (i: number) => ({ id: `e${i}`, name: 'E', kind: 'process' }),
      'the model has 20,001 elements, more than the limit of 20,000 elements',
      'the model has 20,001 elements, more than the limit of 20,000 elements',
    ],
    [
      'flows',
      MAX_FLOWS,
      (i: number) => ({ id: `f${i}`, from: 'a', to: 'b' }),
      'the model has 60,001 flows, more than the limit of 60,000 flows',
      'the model has 60,001 flows, more than the limit of 60,000 flows',
    ],
    [
      'boundaries',
      MAX_BOUNDARIES,
      (i: number) => ({ id: `b${i}`, name: 'B' }),
      'the model has 2,001 trust boundaries, more than the limit of 2,000 trust boundaries',
      'the model has 2,001 trust boundaries, more than the limit of 2,000 trust boundaries',
    ],
  ])(
    'refuses one more of %s than the limit, naming the count and the limit',
    (list, limit, make, message, problem) => {
      const data = {
        schemaVersion: 1,
        system,
        [list]: entries(limit + 1, make),
      };

      const error = refusal(data);

      expect(error.code).toBe('INPUT_TOO_LARGE');
      expect(error.message).toContain(message);
      expect(error.problems).toEqual([{ path: list, message: problem }]);
    },
  );

  it('refuses the size before it looks at the entries', () => {
    const data = {
      schemaVersion: 1,
      system,
      elements: entries(MAX_ELEMENTS + 1, () => ({ id: '!' })),
    };

    expect(refusal(data).code).toBe('INPUT_TOO_LARGE');
  });

  it('accepts trust boundaries nested as deep as the limit', () => {
    const boundaries = nested(MAX_BOUNDARY_DEPTH);

    const model = parseModel({ schemaVersion: 1, system, boundaries });

    expect(model.boundaries).toHaveLength(MAX_BOUNDARY_DEPTH);
  });

  it('refuses trust boundaries nested one deeper than the limit, naming the deepest', () => {
    const boundaries = nested(MAX_BOUNDARY_DEPTH + 1).reverse();

    const error = refusal({ schemaVersion: 1, system, boundaries });

    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toBe(
      'trust boundaries nest 33 deep, more than the limit of 32',
    );
    expect(error.problems).toEqual([
      {
        path: 'boundaries[0].parent',
        message: 'trust boundaries nest 33 deep, more than the limit of 32',
      },
    ]);
  });

  it('still names a loop of boundaries as a problem of the model', () => {
    const boundaries = [
      { id: 'a', name: 'A', parent: 'b' },
      { id: 'b', name: 'B', parent: 'a' },
    ];

    expect(refusal({ schemaVersion: 1, system, boundaries }).code).toBe(
      'INVALID_MODEL',
    );
  });
});
