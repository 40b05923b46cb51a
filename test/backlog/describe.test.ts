import { describeObsolete, describeTicket, isSafeUrl } from '../../src/backlog';
import { adfErrors } from './adf-validator';
import { item, threat } from './fixtures';

const epic = { key: 'ENG-7', summary: 'Checkout v2', url: '/browse/ENG-7' };

function textOf(doc: unknown): string {
  return JSON.stringify(doc);
}

const hostile = [
  ['a script tag', '<script>alert(1)</script>'],
  ['an attribute breakout', '"><img src=x onerror=alert(1)>'],
  [
    'Markdown and wiki markup',
    '**bold** [link](javascript:alert(1)) {code}h1. x|y|',
  ],
  ['control and bidi characters', 'safe\u0000\u202eevil\nnext line\ttab'],
  ['an empty string', ''],
  ['a very long name', 'x'.repeat(50_000)],
  ['astral characters', '🔐'.repeat(3000)],
];

describe('describeTicket', () => {
  test.each(hostile)('writes a valid ADF document for %s', (_name, value) => {
    const threats = [
      threat('R1@web', 'critical', ['S', 'I'], {
        title: value,
        attackVector: value,
      }),
      threat('R2@web', 'low', ['T']),
    ];
    const mitigation = item('M-TLS@web', ['R1@web', 'R2@web'], {
      title: value,
      description: value,
      acceptanceCriteria: [value, 'It is tested'],
      asvs: [value],
      target: { kind: 'flow', id: 'f1', name: value },
    });

    const doc = describeTicket(mitigation, threats, {
      ...epic,
      summary: value,
    });

    expect(adfErrors(doc)).toEqual([]);
  });

  it('keeps hostile text as literal text, never as a node or a link', () => {
    const mitigation = item('M@web', ['R1@web'], {
      description: '<script>x</script>',
    });

    const doc = describeTicket(mitigation, [threat('R1@web')], epic);

    const json = textOf(doc);
    expect(json).toContain('"text":"<script>x</script>"');
    expect(json).not.toMatch(
      /"type":"(?!doc|paragraph|heading|bulletList|listItem|text|inlineCard|strong)/,
    );
  });

  it('names the threats it mitigates with STRIDE, residual risk and attack vector', () => {
    const mitigation = item('M@web', ['R1@web', 'R9@gone']);

    const json = textOf(
      describeTicket(
        mitigation,
        [threat('R1@web', 'critical', ['S', 'I'])],
        epic,
      ),
    );

    expect(json).toContain('Threat R1@web');
    expect(json).toContain('Spoofing (S), Information disclosure (I)');
    expect(json).toContain('critical (6.5)');
    expect(json).toContain('Over the internet');
    expect(json).not.toContain('R9@gone');
  });

  it('lists acceptance criteria and ASVS references', () => {
    const mitigation = item('M@web', [], {
      acceptanceCriteria: ['Only TLS 1.2+'],
      asvs: ['V9.1.1', 'V9.1.2'],
    });

    const json = textOf(describeTicket(mitigation, [], epic));

    expect(json).toContain('Only TLS 1.2+');
    expect(json).toContain('"text":"V9.1.1, V9.1.2."');
  });

  it('leaves out the epic summary when it is not known', () => {
    const unnamed = { ...epic, summary: '' };

    const json = textOf(describeTicket(item('M@web', []), [], unnamed));

    expect(json).not.toContain('"text":" ("');
    expect(json).not.toContain('—');
    expect(adfErrors(describeTicket(item('M@web', []), [], unnamed))).toEqual(
      [],
    );
  });

  it('links back to the epic with a card when given a safe address', () => {
    const json = textOf(describeTicket(item('M@web', []), [], epic));

    expect(json).toContain(
      '{"type":"inlineCard","attrs":{"url":"/browse/ENG-7"}}',
    );
  });

  it('falls back to the plain key when the address is not safe', () => {
    const unsafe = { ...epic, url: 'javascript:alert(1)' };

    const json = textOf(describeTicket(item('M@web', []), [], unsafe));

    expect(json).not.toContain('javascript:');
    expect(json).toContain('"text":"ENG-7"');
  });

  it('lists at most 25 threats and counts the rest', () => {
    const threats = Array.from({ length: 30 }, (_, i) => threat(`R${i}@web`));
    const mitigation = item(
      'M@web',
      threats.map((t) => t.id),
    );

    const doc = describeTicket(mitigation, threats, epic);

    expect(adfErrors(doc)).toEqual([]);
    expect(textOf(doc)).toContain('And 5 more threats.');
  });
});

describe('adfErrors', () => {
  test.each([
    ['empty text', { type: 'text', text: '' }],
    [
      'code with strong',
      {
        type: 'text',
        text: 'x',
        marks: [{ type: 'code' }, { type: 'strong' }],
      },
    ],
    [
      'a script link',
      { type: 'inlineCard', attrs: { url: 'javascript:alert(1)' } },
    ],
  ])('finds %s invalid, so the checks above can fail', (_name, inline) => {
    const doc = {
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [inline] }],
    };

    expect(adfErrors(doc)).not.toEqual([]);
  });
});

describe('describeObsolete', () => {
  it('writes a valid comment naming the epic', () => {
    const doc = describeObsolete(epic);

    expect(adfErrors(doc)).toEqual([]);
    expect(textOf(doc)).toContain('/browse/ENG-7');
  });
});

describe('isSafeUrl', () => {
  test.each([
    ['/browse/ENG-7', true],
    ['https://example.atlassian.net/browse/ENG-7', true],
    ['//evil.example/browse', false],
    ['/\\evil.example', false],
    ['http://example.atlassian.net/browse/ENG-7', false],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['/browse/ENG-7 onmouseover', false],
  ])('judges %j safe: %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});
