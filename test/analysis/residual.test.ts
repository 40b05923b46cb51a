import { analyze, type Threat } from '../../src/analysis';
import type { ThreatModelInput } from '../../src/model';
import { catalogOf, mitigation, rule, shop } from './fixtures';

const catalog = catalogOf(
  [
    rule({
      id: 'R-TAMPER',
      stride: ['T'],
      elementKinds: ['process'],
      mitigations: ['M-VALIDATE'],
    }),
    rule({
      id: 'R-REPUDIATE',
      stride: ['R'],
      elementKinds: ['process'],
      mitigations: ['M-LOG'],
    }),
  ],
  [mitigation('M-VALIDATE'), mitigation('M-LOG', { controlType: 'detective' })],
);

type Control = NonNullable<ThreatModelInput['controls']>[number];

function threat(
  id: string,
  controls: Control[] = [],
  implemented: string[] = [],
): Threat {
  const analysis = analyze(shop({ controls }), { catalog, implemented });
  const found = analysis.threats.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no threat ${id}`);
  return found;
}

describe('residual risk', () => {
  it('equals the inherent risk with nothing in place', () => {
    const { inherent, residual } = threat('R-TAMPER@api');

    expect(residual.score).toBe(inherent.score);
    expect(residual.appliedControls).toEqual([]);
  });

  it('drops when the mitigation item is implemented', () => {
    const open = threat('R-TAMPER@api');
    const done = threat('R-TAMPER@api', [], ['M-VALIDATE@api']);

    expect(done.residual.score).toBeLessThan(open.residual.score);
    expect(done.residual.likelihood.score).toBeLessThan(
      open.residual.likelihood.score,
    );
    expect(done.residual.appliedControls).toEqual(['M-VALIDATE@api']);
    expect(done.inherent).toEqual(open.inherent);
  });

  it('ignores an implemented key of another target', () => {
    const other = threat('R-TAMPER@api', [], ['M-VALIDATE@web']);

    expect(other.residual.score).toBe(other.inherent.score);
  });

  it('drops under a control covering the target and addressing the category', () => {
    const waf: Control = {
      id: 'waf',
      name: 'WAF',
      type: 'preventive',
      covers: ['api'],
      stride: ['T'],
    };

    const guarded = threat('R-TAMPER@api', [waf]);

    expect(guarded.residual.score).toBeLessThan(guarded.inherent.score);
    expect(guarded.residual.appliedControls).toEqual(['waf']);
  });

  test.each<[string, Control]>([
    [
      'covers another target',
      { id: 'c', name: 'C', type: 'preventive', covers: ['web'] },
    ],
    [
      'addresses another category',
      { id: 'c', name: 'C', type: 'preventive', stride: ['D'] },
    ],
  ])('stays put under a control that %s', (_case, control) => {
    const unguarded = threat('R-TAMPER@api', [control]);

    expect(unguarded.residual.score).toBe(unguarded.inherent.score);
  });

  it('applies a control implementing a threat mitigation, whatever its categories', () => {
    const control: Control = {
      id: 'c',
      name: 'C',
      type: 'preventive',
      stride: ['D'],
      mitigations: ['M-VALIDATE'],
    };

    expect(threat('R-TAMPER@api', [control]).residual.appliedControls).toEqual([
      'c',
    ]);
  });

  it('lowers likelihood less with a detective control than a preventive one', () => {
    const of = (type: Control['type']) =>
      threat('R-TAMPER@api', [
        { id: 'c', name: 'C', type, effectiveness: 'high' },
      ]).residual;

    const preventive = of('preventive');
    const detective = of('detective');
    const corrective = of('corrective');

    expect(detective.likelihood.score).toBeGreaterThan(
      preventive.likelihood.score,
    );
    expect(detective.likelihood.factors.intrusionDetection).toBeLessThan(8);
    expect(corrective.impact.score).toBeLessThan(preventive.impact.score);
  });

  it('scales the effect with effectiveness and compounds controls without going below zero', () => {
    const scores = (['low', 'medium', 'high'] as const).map(
      (effectiveness) =>
        threat('R-TAMPER@api', [
          { id: 'c', name: 'C', type: 'preventive', effectiveness },
        ]).residual.likelihood.score,
    );
    const many = Array.from({ length: 30 }, (_, i): Control => ({
      id: `c${i}`,
      name: 'C',
      type: 'preventive',
      effectiveness: 'high',
    }));

    expect(scores[0]).toBeGreaterThan(scores[1] ?? 0);
    expect(scores[1]).toBeGreaterThan(scores[2] ?? 0);
    expect(threat('R-TAMPER@api', many).residual.likelihood.score).toBe(0);
    expect(threat('R-TAMPER@api', many).residual.score).toBe(1);
  });

  it('marks a threat above tolerance while its residual severity exceeds it', () => {
    const guard: Control = {
      id: 'guard',
      name: 'Guard',
      type: 'preventive',
      effectiveness: 'high',
    };

    const open = threat('R-TAMPER@web');
    const guarded = threat('R-TAMPER@web', [guard]);

    expect(open.residual.severity).toBe('high');
    expect(open.aboveTolerance).toBe(true);
    expect(guarded.residual.severity).toBe('low');
    expect(guarded.aboveTolerance).toBe(false);
  });
});
