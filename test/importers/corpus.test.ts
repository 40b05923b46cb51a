import { readdirSync } from 'node:fs';
import path from 'node:path';
import { type ImportFormat, importModel } from '../../src/importers';
import { CORPUS, corpusFile, thrown } from './helpers';

/** file, format, elements, flows, boundaries, assets, controls, skipped notes */
const IMPORTED: readonly [
  string,
  ImportFormat,
  number,
  number,
  number,
  number,
  number,
  number,
][] = [
  ['mermaid/k8s-cluster-api-dfd.md', 'mermaid', 15, 21, 5, 0, 0, 0],
  [
    'threat-dragon/td-v1-demo-threat-model.json',
    'threat-dragon',
    7,
    10,
    4,
    0,
    4,
    13,
  ],
  [
    'threat-dragon/td-v2-demo-threat-model.json',
    'threat-dragon',
    7,
    10,
    3,
    0,
    4,
    15,
  ],
  ['threat-dragon/td-v2-iot-device.json', 'threat-dragon', 11, 14, 1, 0, 1, 4],
  [
    'threat-dragon/td-v2-three-tier-web-app.json',
    'threat-dragon',
    3,
    3,
    2,
    0,
    2,
    0,
  ],
  ['threagile/threagile-example-2020.yaml', 'threagile', 14, 20, 5, 12, 0, 10],
  ['threagile/threagile-stub.yaml', 'threagile', 2, 1, 1, 1, 0, 5],
  ['otm/td-example-open-threat-model.otm.json', 'otm', 4, 2, 2, 2, 1, 1],
  ['otm/startleft-nested_tz.expected.otm', 'otm', 4, 2, 3, 0, 0, 0],
  ['pytm/pytm-tests-input.json', 'pytm', 3, 4, 2, 1, 0, 1],
];

const REFUSED: readonly [string, RegExp][] = [
  ['pytm/pytm-tm-HEAD.py', /pytm scripts are Python code/],
  ['tmt/startleft-MTMT_nested_tz.tm7', /Microsoft Threat Modeling Tool/],
  ['tmt/startleft-SDL_all_components.tm7', /Microsoft Threat Modeling Tool/],
];

describe('the shared corpus of real files', () => {
  it('lists every corpus file in one of the tables below', () => {
    const files = readdirSync(CORPUS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((dir) =>
        readdirSync(path.join(CORPUS, dir.name)).map((f) => `${dir.name}/${f}`),
      );

    const known = [
      ...IMPORTED.map(([file]) => file),
      ...REFUSED.map(([file]) => file),
    ];
    expect([...files].sort()).toEqual([...known].sort());
  });

  test.each(IMPORTED)(
    'imports %s as %s',
    (file, format, elements, flows, boundaries, assets, controls, notes) => {
      const result = importModel(corpusFile(file), {
        fileName: path.basename(file),
      });

      expect(result.format).toBe(format);
      expect([
        result.model.elements.length,
        result.model.flows.length,
        result.model.boundaries.length,
        result.model.assets.length,
        result.model.controls.length,
        result.skipped.length,
      ]).toEqual([elements, flows, boundaries, assets, controls, notes]);
    },
  );

  test.each(REFUSED)('refuses %s, saying why', (file, why) => {
    const error = thrown(() =>
      importModel(corpusFile(file), { fileName: path.basename(file) }),
    );

    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toContain(path.basename(file));
    expect(error.message).toMatch(why);
  });
});
