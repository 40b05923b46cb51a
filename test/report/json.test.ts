import { REPORT_VERSION, toReportJson } from '../../src/report';
import { analysis, mitigation, model, risk, threat } from './factory';

const subject = analysis({
  threats: [
    threat('b@web', {
      mitigations: ['tls@web'],
      inherent: risk('low', 'low', 'note', 1),
    }),
    threat('a@web', { mitigations: ['tls@web'] }),
  ],
  mitigations: [
    mitigation('tls@web', { status: 'implemented', threats: ['a@web'] }),
  ],
});

describe('toReportJson', () => {
  it('is versioned and carries the system context and every section', () => {
    const report = toReportJson(subject, model());

    expect(report.reportVersion).toBe(REPORT_VERSION);
    expect(report.system).toMatchObject({
      name: 'Shop',
      regulations: ['pci-dss'],
    });
    expect(Object.keys(report)).toEqual([
      'reportVersion',
      'analysisVersion',
      'system',
      'summary',
      'facts',
      'threats',
      'roadmap',
      'monitoring',
      'attackPaths',
      'riskMatrix',
      'metrics',
    ]);
  });

  it('gives the same bytes for the same analysis and holds no timestamp unless given one', () => {
    const first = JSON.stringify(toReportJson(subject, model()));
    const second = JSON.stringify(toReportJson(subject, model()));

    expect(second).toBe(first);
    expect(first).not.toContain('generatedAt');
    expect(
      toReportJson(subject, model(), { generatedAt: '2026-01-02T03:04:05Z' })
        .generatedAt,
    ).toBe('2026-01-02T03:04:05Z');
  });

  it('orders threats by residual risk and resolves their mitigation titles', () => {
    const report = toReportJson(subject, model());

    expect(report.threats.map((t) => t.id)).toEqual(['a@web', 'b@web']);
    expect(report.threats[0]?.mitigations).toEqual([
      { key: 'tls@web', title: 'Do tls@web', status: 'implemented' },
    ]);
  });

  it('computes metrics from the analysis and the model', () => {
    const { metrics } = toReportJson(subject, model());

    expect(metrics).toMatchObject({
      elements: 3,
      flows: 2,
      mitigationsImplemented: 1,
      mitigationProgress: 1,
      threatsWithImplementedMitigation: 2,
      entryPoints: 1,
    });
  });

  it('names flow targets by their ends and label, not by the label alone', () => {
    const flowTarget = {
      kind: 'flow' as const,
      id: 'browser-web',
      name: 'HTTPS',
    };
    const withFlow = analysis({
      threats: [threat('x@browser-web', { target: flowTarget })],
    });
    const labelled = model();
    const flows = labelled.flows.map((flow) =>
      flow.id === 'browser-web' ? { ...flow, label: 'HTTPS' } : flow,
    );

    const report = toReportJson(withFlow, { ...labelled, flows });

    expect(report.threats[0]?.target.name).toBe('Browser → Web (HTTPS)');
    expect(report.summary.topRisks[0]?.target.name).toBe(
      'Browser → Web (HTTPS)',
    );
  });
});
