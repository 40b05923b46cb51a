import { detectFormat, importModel } from '../../src/importers';
import { corpusFile, fixture, thrown } from './helpers';

describe('detectFormat', () => {
  test.each([
    ['graph LR\nA-->B', undefined, 'mermaid'],
    ['%% comment\n%%{init: {}}%%\nflowchart TD\nA-->B', undefined, 'mermaid'],
    ['---\ntitle: x\n---\nflowchart TD\nA-->B', undefined, 'mermaid'],
    ['# Design\n\n```mermaid\ngraph LR\nA-->B\n```\n', undefined, 'mermaid'],
    ['anything', 'diagram.mmd', 'mermaid'],
    ['schemaVersion: 1\nsystem: {name: x}\n', undefined, 'model'],
    ['{"schemaVersion": 1}', 'model.json', 'model'],
    ['diagram: "graph LR"\n', 'model.yml', 'model'],
    ['{"otmVersion": "0.2.0"}', undefined, 'otm'],
    ['otmVersion: 0.2.0\n', 'x.yaml', 'otm'],
    ['threagile_version: 1.0.0\n', undefined, 'threagile'],
    ['{"summary": {}, "detail": {"diagrams": []}}', undefined, 'threat-dragon'],
    ['{"elements": [{"__class__": "Actor", "name": "u"}]}', undefined, 'pytm'],
  ])('tells %j (%s) is %s', (text, fileName, format) => {
    expect(detectFormat(text, fileName)).toBe(format);
  });

  test.each([
    ['threat-dragon/td-v2-iot-device.json', 'threat-dragon'],
    ['threagile/threagile-stub.yaml', 'threagile'],
    ['otm/startleft-nested_tz.expected.otm', 'otm'],
    ['pytm/pytm-tests-input.json', 'pytm'],
    ['mermaid/k8s-cluster-api-dfd.md', 'mermaid'],
  ])('tells the corpus file %s is %s', (file, format) => {
    expect(detectFormat(corpusFile(file), file.split('/')[1])).toBe(format);
  });

  it('tells a Markdown design page from its fences', () => {
    expect(detectFormat(fixture('shop-design.md'))).toBe('mermaid');
  });

  test.each([
    ['prose that is no model', 'notes.txt', /cannot import 'notes.txt'/],
    [
      '{"hello": "world"}',
      'data.json',
      /'data.json': it is not a threat model/,
    ],
    [
      '<?xml version="1.0"?><ThreatModel/>',
      'model.tm7',
      /Microsoft Threat Modeling Tool/,
    ],
    ['<ThreatModel></ThreatModel>', undefined, /cannot import the text/],
    ['from pytm import TM', 'tm.py', /pytm scripts are Python code/],
    [
      'sequenceDiagram\nA->>B: hi',
      'seq.txt',
      /not JSON, YAML or a Mermaid flowchart/,
    ],
    [
      '# Notes\n\nNo diagram here.',
      'notes.md',
      /'notes.md': it holds no Mermaid flowchart/,
    ],
  ])('refuses %j, naming the file', (text, fileName, message) => {
    const error = thrown(() => detectFormat(text, fileName));

    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toMatch(message);
  });

  it('says where JSON that claims a format is broken', () => {
    const error = thrown(() =>
      detectFormat('{\n"otmVersion": 1,\n}', 'x.json'),
    );

    expect(error.code).toBe('PARSE_ERROR');
    expect(error.line).toBe(3);
  });
});

describe('importModel with a named format', () => {
  it('refuses a file that is not in the format named', () => {
    const text = corpusFile('threagile/threagile-stub.yaml');

    const error = thrown(() =>
      importModel(text, { fileName: 'stub.yaml', format: 'threat-dragon' }),
    );

    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toBe(
      "cannot import 'stub.yaml': it is not a Threat Dragon file",
    );
  });

  it('reads a file in the format named, whatever its extension', () => {
    const text = corpusFile('otm/startleft-nested_tz.expected.otm');

    expect(
      importModel(text, { fileName: 'export.txt', format: 'otm' }).model
        .elements,
    ).toHaveLength(4);
  });
});
