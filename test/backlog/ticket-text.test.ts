import {
  DEFAULT_SETTINGS,
  MAX_SUMMARY,
  ticketLabels,
  ticketSummary,
} from '../../src/backlog';
import { item } from './fixtures';

function summaryFor(title: string, target: string): string {
  return ticketSummary(
    item('M@web', [], {
      title,
      target: { kind: 'element', id: 'web', name: target },
    }),
  );
}

describe('ticketSummary', () => {
  test.each([
    ['Enforce TLS', 'Web app', 'Enforce TLS – Web app'],
    ['<script>alert(1)</script>', 'x', '<script>alert(1)</script> – x'],
    ['"><img onerror=alert(1)>', '**db**', '"><img onerror=alert(1)> – **db**'],
    ['two\nlines', 'tab\there', 'two lines – tab here'],
    ['bidi\u202eevil', 'zero\u200bwidth', 'bidi evil – zero width'],
    ['', '', 'M@web'],
  ])('writes %j on %j as %j, as plain text', (title, target, expected) => {
    expect(summaryFor(title, target)).toBe(expected);
  });

  it('clips a long summary to 255 characters with an ellipsis', () => {
    const summary = summaryFor('a'.repeat(300), 'b');

    expect(Array.from(summary)).toHaveLength(MAX_SUMMARY);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('never splits an astral character when clipping', () => {
    const summary = summaryFor('🔐'.repeat(300), 'b');

    expect(summary).toBe(`${'🔐'.repeat(254)}…`);
  });
});

describe('ticketLabels', () => {
  test.each([
    [
      ['security'],
      ['I', 'S', 'I'],
      ['security', 'threat-model', 'stride-S', 'stride-I'],
    ],
    [['security', 'app sec'], [], ['security', 'app-sec', 'threat-model']],
    [['threat-model', ''], ['E'], ['threat-model', 'stride-E']],
  ] as const)(
    'from settings %j and STRIDE %j makes %j',
    (labels, stride, expected) => {
      const settings = { ...DEFAULT_SETTINGS, labels };

      expect(ticketLabels(settings, stride)).toEqual(expected);
    },
  );
});
