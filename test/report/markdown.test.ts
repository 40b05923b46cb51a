import MarkdownIt from 'markdown-it';
import { renderMarkdown } from '../../src/report';
import { analysis, mitigation, model, risk, threat } from './factory';

const hostile = '"><img src=x onerror=alert(1)> | *x* `y`\n# z';
const target = { kind: 'element' as const, id: 'web', name: hostile };

const subject = analysis({
  threats: [
    threat('leak@web', {
      title: `Leak of ${hostile}`,
      target,
      stride: ['I', 'T'],
      mitigations: ['tls@web', 'alert@web'],
      inherent: risk('high', 'high', 'critical', 9),
      residual: risk('medium', 'high', 'high', 7),
    }),
    threat('dos@web', {
      target,
      stride: ['D'],
      inherent: risk('low', 'medium', 'low', 2),
    }),
  ],
  mitigations: [
    mitigation('tls@web', {
      title: 'Enforce TLS',
      target,
      threats: ['leak@web'],
    }),
    mitigation('alert@web', {
      title: 'Alert on bulk reads',
      description: `Watch ${hostile}`,
      controlType: 'detective',
      target,
      threats: ['leak@web'],
    }),
  ],
  attackPaths: [
    {
      id: 'browser>web>db',
      steps: ['browser', 'web', 'db'],
      flows: ['browser-web', 'web-db'],
      targetAsset: 'db',
      severity: 'critical',
      score: 9,
      threats: ['leak@web'],
    },
  ],
});

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(subject, model(hostile));

  it('renders hostile names as text: no HTML elements and no broken tables', () => {
    const html = new MarkdownIt({ html: true }).render(markdown);

    expect(html).not.toMatch(/<img|<script|<em>|<code>/);
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    const inventory = section(markdown, 'Threat inventory').split('\n');
    const rows = inventory.filter((line) => line.startsWith('| '));
    for (const row of rows) {
      expect(row.split(/(?<!\\)\|/)).toHaveLength(13);
    }
  });

  it('lists every threat in the inventory, riskiest first, with its ratings', () => {
    const inventory = section(markdown, 'Threat inventory');

    const ids = [...inventory.matchAll(/^\| (\S+@web) /gm)].map((m) => m[1]);
    expect(ids).toEqual(['leak@web', 'dos@web']);
    expect(inventory).toContain('| Information disclosure, Tampering | ');
    expect(inventory).toContain(
      '| High (7.0) | High (7.0) | Critical 9.0 | High 7.0, above tolerance | Enforce TLS; Alert on bulk reads |',
    );
  });

  it('draws both risk matrices with counts per cell', () => {
    const matrices = section(markdown, 'Risk matrix');

    expect(matrices).toContain(
      '| **High** | 0 (Medium) | 0 (High) | 1 (Critical) |',
    );
    expect(matrices).toContain('| **Low** | 0 (Note) | 1 (Low) | 0 (Medium) |');
    expect(matrices).toContain(
      '| **Medium** | 0 (Low) | 0 (Medium) | 1 (High) |',
    );
  });

  it('counts threats by STRIDE category', () => {
    const stride = section(markdown, 'Threats by STRIDE category');

    expect(stride).toContain('| Tampering | 1 | 1 |');
    expect(stride).toContain('| Denial of service | 1 | 0 |');
    expect(stride).toContain('| Spoofing | 0 | 0 |');
  });

  it('writes attack paths from entry to target with element names', () => {
    expect(section(markdown, 'Attack paths')).toContain(
      '1. **Critical 9.0**: Browser → Web → Orders DB (1 threat along the way)',
    );
  });

  it('gives monitoring advice from the detective mitigations only', () => {
    const monitoring = section(markdown, 'Monitoring');

    expect(monitoring).toContain('**Alert on bulk reads**');
    expect(monitoring).not.toContain('Enforce TLS');
  });

  it('says there is nothing to show when the analysis is empty', () => {
    const empty = renderMarkdown(analysis(), model());

    expect(empty).toContain('No threats were found.');
    expect(empty).toContain('The analysis of Shop found no threats.');
  });
});

describe('renderMarkdown on a large analysis', () => {
  it('lists the first 500 threats and points to the JSON for the rest', () => {
    const threats = Array.from({ length: 501 }, (_, i) =>
      threat(`t${String(i).padStart(3, '0')}@web`),
    );

    const markdown = renderMarkdown(analysis({ threats }), model());

    const inventory = section(markdown, 'Threat inventory');
    expect(inventory.match(/^\| t\d{3}@web /gm)).toHaveLength(500);
    expect(inventory).toContain(
      'The first 500 of 501 threats are shown; the JSON report (`--format json`) lists them all.',
    );
    expect(inventory).not.toContain('t500@web');
  });
});
