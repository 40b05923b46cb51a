import { shopInput } from '../analysis/fixtures';
import { usePlatform } from './local-platform';

const ON_ENG_1 = { source: 'epic', epicKey: 'ENG-1' };

describe('the risk-report macro on the local site', () => {
  const platform = usePlatform(async (site) => {
    await site.call('alice', 'ENG-1', 'saveModel', {
      baseRevision: 0,
      model: shopInput(),
    });
    await site.call('alice', 'ENG-1', 'analyze', {});
  });

  it('shows the epic it names to a viewer of the epic', async () => {
    const report = await platform().callMacro(
      'carol',
      ON_ENG_1,
      'getRiskReport',
    );

    expect(report).toEqual({
      ok: true,
      data: expect.objectContaining({
        epics: [
          expect.objectContaining({
            epic: expect.objectContaining({ key: 'ENG-1' }),
          }),
        ],
      }),
    });
  });

  it('tells a person without access that there is nothing for them, and nothing of the epic', async () => {
    const report = await platform().callMacro('bob', ON_ENG_1, 'getRiskReport');

    expect(report).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message:
          'The epic this report names does not exist, or you may not see it.',
      },
    });
    expect(JSON.stringify(report)).not.toMatch(/ENG|JQL|Payment|Shop/);
  });

  it('answers a missing epic exactly as a hidden one', async () => {
    const missing = await platform().callMacro(
      'bob',
      { source: 'epic', epicKey: 'ENG-999' },
      'getRiskReport',
    );
    const hidden = await platform().callMacro('bob', ON_ENG_1, 'getRiskReport');

    expect(missing).toEqual(hidden);
  });
});
