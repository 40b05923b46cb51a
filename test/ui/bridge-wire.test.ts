/** @jest-environment jsdom */
import { answerAsIs, answerWith, ok } from './bridge';
import { compactEpicState } from '../../src/app/wire-answers';
import { callResolver } from '../../static/shared/bridge';
import { epicState, shopAnalysis, shopModel } from './fixtures';

const model = shopModel();
const analyzed = epicState({
  model,
  analysis: shopAnalysis(model),
  analyzedRevision: 2,
});

describe('callResolver, for an answer carrying an analysis', () => {
  it('gives the screen the analysis expanded from its wire form', async () => {
    answerWith({});
    answerAsIs('getEpicState', ok(compactEpicState(analyzed)));

    const result = await callResolver('getEpicState', {});

    expect(result).toEqual(ok(analyzed));
  });

  it('asks for a reload when the wire form is of another version', async () => {
    const wire = compactEpicState(analyzed);
    answerWith({});
    answerAsIs(
      'getEpicState',
      ok({ ...wire, analysis: { ...wire.analysis, wireVersion: 2 } }),
    );

    const result = await callResolver('getEpicState', {});

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message:
          'The app was updated and this screen cannot read its answer. Reload the page.',
      },
    });
  });

  it('passes a refusal on as it came', async () => {
    const refusal = {
      ok: false,
      error: { code: 'INPUT_TOO_LARGE', message: 'Too large.' },
    };
    answerWith({});
    answerAsIs('getEpicState', refusal);

    expect(await callResolver('getEpicState', {})).toEqual(refusal);
  });
});
