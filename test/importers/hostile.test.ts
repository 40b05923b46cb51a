import {
  MAX_INPUT_BYTES,
  detectFormat,
  importModel,
} from '../../src/importers';
import { ThreatModelError } from '../../src/model';
import { thrown } from './helpers';

const BOMB = [
  'schemaVersion: 1',
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
].join('\n');

describe('hostile input', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses a 50 MB string before reading any of it', () => {
    const text = 'graph LR\n' + 'A-->B\n'.repeat(9_000_000);

    const error = thrown(() => importModel(text, { fileName: 'huge.mmd' }));

    expect(text.length).toBeGreaterThan(50_000_000);
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toMatch(/larger than 5 MB/);
  });

  it('counts bytes, not characters, against the limit', () => {
    const text = 'é'.repeat(MAX_INPUT_BYTES / 2 + 1);

    expect(thrown(() => importModel(text)).code).toBe('INPUT_TOO_LARGE');
    expect(thrown(() => detectFormat(text)).code).toBe('INPUT_TOO_LARGE');
  });

  test.each([
    [
      'a mapping in a compact value',
      'schemaVersion: 1\nsystem:\n  name: Shop: secret\n',
      3,
    ],
    [
      'a duplicate key',
      'schemaVersion: 1\nsystem:\n  name: a\n  name: secret\n',
      4,
    ],
    ['a tab as indentation', 'schemaVersion: 1\nelements:\n\t- secret\n', 3],
  ])(
    'names the line of invalid YAML (%s) without quoting the file',
    (_, text, line) => {
      const error = thrown(() => importModel(text, { fileName: 'model.yaml' }));

      expect(error.code).toBe('PARSE_ERROR');
      expect(error.line).toBe(line);
      expect(error.message).not.toContain('secret');
    },
  );

  it('names the line of invalid JSON without quoting the file', () => {
    const error = thrown(() =>
      importModel('{\n  "schemaVersion": 1,\n  "system": oops\n}', {
        fileName: 'm.json',
      }),
    );

    expect(error.code).toBe('PARSE_ERROR');
    expect(error.line).toBe(3);
    expect(error.message).not.toContain('oops');
  });

  it('stops a YAML alias bomb', () => {
    const error = thrown(() => importModel(BOMB, { fileName: 'bomb.yaml' }));

    expect(['UNSAFE_INPUT', 'PARSE_ERROR']).toContain(error.code);
  });

  test.each([
    [
      'JSON',
      '{"schemaVersion": 1, "system": {"name": "x", "__proto__": {"polluted": 1}}}',
      'system.__proto__',
    ],
    [
      'JSON',
      '{"elements": [{"constructor": {"prototype": {"polluted": 1}}}]}',
      'elements[0].constructor',
    ],
    [
      'YAML',
      'schemaVersion: 1\nsystem:\n  name: x\n  __proto__:\n    polluted: 1\n',
      'system.__proto__',
    ],
    [
      'YAML',
      'base: &b {polluted: 1}\nx:\n  <<: *b\n  prototype: 1\n',
      'x.prototype',
    ],
    [
      'Threat Dragon',
      '{"summary": {}, "detail": {"diagrams": [{"cells": [{"data": {"__proto__": {"polluted": 1}}}]}]}}',
      'detail.diagrams[0].cells[0].data.__proto__',
    ],
  ])('refuses a prototype key in %s, naming its path', (_, text, path) => {
    const error = thrown(() =>
      importModel(text, {
        fileName: text.startsWith('{') ? 'x.json' : 'x.yaml',
      }),
    );

    expect(error.code).toBe('UNSAFE_INPUT');
    expect(error.problems[0]?.path).toBe(path);
  });

  it('refuses a prototype key in Markdown front matter', () => {
    const text =
      '---\n__proto__:\n  polluted: 1\n---\n```mermaid\ngraph LR\nA-->B\n```\n';

    expect(thrown(() => importModel(text, { fileName: 'x.md' })).code).toBe(
      'UNSAFE_INPUT',
    );
  });

  test.each([
    ['JSON brackets', '['.repeat(100_000) + ']'.repeat(100_000), 'deep.json'],
    [
      'YAML flow brackets',
      'a: ' + '['.repeat(100_000) + ']'.repeat(100_000),
      'deep.yaml',
    ],
    [
      'YAML blocks',
      Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') +
        ' 1',
      'deep.yaml',
    ],
    ['JSON objects', '{"a":'.repeat(500) + '1' + '}'.repeat(500), 'deep.json'],
  ])('refuses nesting too deep in %s', (_, text, fileName) => {
    const error = thrown(() => importModel(text, { fileName }));

    expect(error.code).toBe('UNSAFE_INPUT');
  });

  it('refuses subgraphs nested too deeply', () => {
    const depth = 40;
    const opens = Array.from(
      { length: depth },
      (_, i) => `subgraph s${i}\n`,
    ).join('');
    const text = `graph LR\n${opens}A\n${'end\n'.repeat(depth)}`;

    const error = thrown(() => importModel(text, { format: 'mermaid' }));

    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toBe(
      'trust boundaries nest 33 deep, more than the limit of 32',
    );
    expect(error.problems[0]?.path).toBe('line 34');
  });

  test.each([
    ['empty text', '', undefined],
    ['blank text', '   ', 'blank.txt'],
    ['JSON null', 'null', 'x.json'],
    ['an empty JSON list', '[]', 'x.json'],
    ['a YAML number', '42', 'x.yaml'],
    ['prose', 'just some prose, not a model', 'notes.txt'],
    [
      'Threat Dragon with a string detail',
      '{"detail": "no diagrams", "summary": 1}',
      'td.json',
    ],
    [
      'OTM with wrong types',
      'otmVersion: 1\ncomponents: 7\ndataflows: {a: 1}\n',
      'x.otm.yaml',
    ],
    [
      'Threagile with wrong types',
      'threagile_version: 1\ntechnical_assets: [1, 2]\ndata_assets: "x"\n',
      'x.yaml',
    ],
    [
      'pytm with wrong types',
      '{"elements": [{"__class__": 5}], "flows": "x"}',
      'tm.json',
    ],
    ['control characters', '\u0000\u0001\u0002', 'bin.dat'],
    [
      'a chain that ends in a link',
      'graph LR\n' + 'A-->'.repeat(1000),
      'x.mmd',
    ],
    ['a thousand open shapes', 'graph LR\n' + 'A['.repeat(1000), 'x.mmd'],
    ['a thousand quotes', 'flowchart LR\n' + '"'.repeat(1000), 'x.mmd'],
    [
      'a model with wrong types',
      'schemaVersion: 1\nsystem: 5\nelements: {a: 1}\ndiagram: 7\n',
      'm.yaml',
    ],
  ])(
    'answers %s with a ThreatModelError or a result, never a crash',
    (_, text, fileName) => {
      let outcome: unknown;
      try {
        outcome = importModel(text, fileName === undefined ? {} : { fileName });
      } catch (error) {
        outcome = error;
      }

      if (outcome instanceof ThreatModelError) {
        expect(outcome.message).not.toMatch(/internal error/);
      } else {
        expect(outcome).toHaveProperty('model.schemaVersion', 1);
      }
    },
  );
});
