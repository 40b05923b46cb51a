import { toReportJson } from '../../src/report';
import { analysis, mitigation, model, risk, threat } from './factory';

const web = { kind: 'element' as const, id: 'web', name: 'Web' };
const db = { kind: 'element' as const, id: 'db', name: 'Orders DB' };

function sentencesOf(subject: ReturnType<typeof analysis>): readonly string[] {
  return toReportJson(subject, model()).summary.sentences;
}

describe('the executive summary', () => {
  const subject = analysis({
    coverage: 0.4,
    threats: [
      threat('leak@db', {
        title: 'Card data leak',
        target: db,
        inherent: risk('high', 'high', 'critical', 9),
        residual: risk('medium', 'high', 'high', 7.2),
      }),
      threat('spoof@web', {
        title: 'Session spoofing',
        target: web,
        inherent: risk('medium', 'high', 'high', 6.1),
      }),
      threat('dos@web', {
        title: 'Flooding',
        target: web,
        inherent: risk('medium', 'medium', 'medium', 3.5),
      }),
      threat('noise@web', {
        title: 'Verbose errors',
        target: web,
        inherent: risk('low', 'low', 'note', 1.2),
      }),
    ],
    mitigations: [
      mitigation('tls@web', { title: 'Enforce TLS', riskReduction: 4 }),
      mitigation('tls@db', {
        title: 'Enforce TLS',
        riskReduction: 3.5,
        target: db,
      }),
      mitigation('mfa@web', { title: 'Require MFA', riskReduction: 5 }),
      mitigation('waf@web', { title: 'Add a WAF', status: 'implemented' }),
    ],
  });

  it('states the count of threats, targets and coverage', () => {
    expect(sentencesOf(subject)[0]).toBe(
      'The analysis of Shop found 4 threats against 2 elements and flows (40% of the model).',
    );
  });

  it('counts the threats above tolerance and names the highest residual severity', () => {
    const sentences = sentencesOf(subject);

    expect(sentences[1]).toBe(
      '3 threats are above the risk tolerance of Low after existing controls.',
    );
    expect(sentences[2]).toBe(
      'The highest residual severity is High, held by 2 threats.',
    );
  });

  it('names the top three risks by residual score with their targets', () => {
    expect(sentencesOf(subject)[3]).toBe(
      'The top risks are Card data leak on Orders DB (High, 7.2), ' +
        'Session spoofing on Web (High, 6.1) and Flooding on Web (Medium, 3.5).',
    );
  });

  it('names the open mitigations that remove the most risk, summed over targets', () => {
    const sentences = sentencesOf(subject);

    expect(sentences).toContain(
      'The biggest risk reducers still open are Enforce TLS on 2 targets ' +
        '(removes 7.5 points of risk) and Require MFA on 1 target (removes 5.0 points of risk).',
    );
    expect(sentences.at(-1)).toBe(
      'Of 4 mitigations, 1 is implemented and 3 are open.',
    );
  });

  it('says what controls already removed when residual risk is lower', () => {
    expect(sentencesOf(subject)).toContain(
      'Existing controls and implemented mitigations lower the total risk score from 19.8 to 18.0.',
    );
  });

  it('says so plainly when there are no threats', () => {
    expect(sentencesOf(analysis())).toEqual([
      'The analysis of Shop found no threats.',
    ]);
  });

  it('uses the singular for one threat above tolerance', () => {
    const one = analysis({ threats: [threat('x@web')] });

    expect(sentencesOf(one)[1]).toBe(
      '1 threat is above the risk tolerance of Low after existing controls.',
    );
    expect(sentencesOf(one)[3]).toBe(
      'The top risk is Threat x@web on Web (High, 6.0).',
    );
  });
});
