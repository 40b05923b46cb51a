import { toReportJson } from '../../src/report';
import { analysis, mitigation, model } from './factory';

describe('the mitigation roadmap', () => {
  it('puts the most risk removed per effort first, open work before done work', () => {
    const subject = analysis({
      mitigations: [
        mitigation('big@web', { riskReduction: 12, effort: 5 }),
        mitigation('cheap@web', { riskReduction: 5, effort: 1 }),
        mitigation('done@web', {
          riskReduction: 50,
          effort: 1,
          status: 'implemented',
        }),
        mitigation('tie-b@web', { riskReduction: 6, effort: 2 }),
        mitigation('tie-a@web', { riskReduction: 3, effort: 1 }),
      ],
    });

    const roadmap = toReportJson(subject, model()).roadmap;

    expect(roadmap.map((entry) => entry.key)).toEqual([
      'cheap@web',
      'tie-b@web',
      'tie-a@web',
      'big@web',
      'done@web',
    ]);
    expect(roadmap.map((entry) => entry.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(roadmap[0]).toMatchObject({ reductionPerEffort: 5, status: 'open' });
  });

  it('marks the mitigations recommended now', () => {
    const subject = analysis({
      mitigations: [
        mitigation('first@web', { recommended: true }),
        mitigation('second@web'),
      ],
    });

    const roadmap = toReportJson(subject, model()).roadmap;

    expect(roadmap.map((entry) => [entry.key, entry.recommended])).toEqual([
      ['first@web', true],
      ['second@web', false],
    ]);
  });

  it('turns detective mitigations into monitoring advice grouped by kind', () => {
    const target = (id: string) => ({ kind: 'element' as const, id, name: id });
    const subject = analysis({
      mitigations: [
        mitigation('alert@web', {
          controlType: 'detective',
          threats: ['t1'],
          target: target('web'),
        }),
        mitigation('alert@db', {
          controlType: 'detective',
          threats: ['t2', 't1'],
          target: target('db'),
          status: 'implemented',
        }),
        mitigation('tls@web', { controlType: 'preventive', threats: ['t1'] }),
      ],
    });

    const monitoring = toReportJson(subject, model()).monitoring;

    expect(monitoring).toEqual([
      expect.objectContaining({
        mitigationId: 'alert',
        status: 'partly implemented',
        targets: [target('web'), target('db')],
        threats: ['t1', 't2'],
      }),
    ]);
  });
});
