import { usePlatform } from './local-platform';

describe('the resolver handler, asked for a name outside the contract', () => {
  const platform = usePlatform();

  test.each([
    'constructor',
    'toString',
    '__proto__',
    'hasOwnProperty',
    'valueOf',
    'noSuchResolver',
  ])('answers %s with NOT_FOUND and echoes nothing back', async (name) => {
    const answer = await platform()
      .callRaw('alice', name)
      .catch((error: unknown) => ({ threw: String(error) }));

    expect(answer).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no such resolver.' },
    });
    expect(JSON.stringify(answer)).not.toMatch(/alice|ENG-1|extension/);
  });

  it('still runs a resolver the contract names', async () => {
    const answer = await platform().callRaw('alice', 'getSettings');

    expect(answer).toEqual({ ok: true, data: expect.any(Object) as object });
  });
});
