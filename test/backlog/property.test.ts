import { parseTicketProperty, sameProperty } from '../../src/backlog';

const valid = {
  version: 1,
  key: 'M-TLS@web',
  epics: ['ENG-1'],
  severities: { 'ENG-1': 'high' },
  priority: 'High',
  obsoleteFor: [],
};

describe('parseTicketProperty', () => {
  it('reads a property the app wrote', () => {
    expect(parseTicketProperty(valid)).toEqual(valid);
  });

  it('fills in what the first shape of the property lacked', () => {
    const parsed = parseTicketProperty({
      version: 1,
      key: 'k',
      epics: ['ENG-1'],
    });

    expect(parsed).toEqual({
      version: 1,
      key: 'k',
      epics: ['ENG-1'],
      severities: {},
      priority: '',
      obsoleteFor: [],
    });
  });

  test.each([
    ['nothing', undefined],
    ['a string', 'M-TLS@web'],
    ['another version', { ...valid, version: 2 }],
    [
      'an epic that is not an issue key',
      { ...valid, epics: ['ENG-1" OR 1=1'] },
    ],
    ['an unknown severity', { ...valid, severities: { 'ENG-1': 'urgent' } }],
    ['an empty key', { ...valid, key: '' }],
  ])('treats %s as no property', (_name, value) => {
    expect(parseTicketProperty(value)).toBeNull();
  });
});

describe('parseTicketProperty on a hostile value', () => {
  it('drops a __proto__ severity key and pollutes nothing', () => {
    const hostile = JSON.parse(
      '{"version":1,"key":"k","epics":[],"severities":{"__proto__":{"polluted":"high"}}}',
    ) as unknown;

    const parsed = parseTicketProperty(hostile);

    expect(parsed?.severities).toEqual({});
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('sameProperty', () => {
  it('ignores the order severities were written in', () => {
    const a = parseTicketProperty({
      ...valid,
      epics: ['ENG-1', 'ENG-2'],
      severities: { 'ENG-1': 'high', 'ENG-2': 'low' },
    });
    const b = parseTicketProperty({
      ...valid,
      epics: ['ENG-1', 'ENG-2'],
      severities: { 'ENG-2': 'low', 'ENG-1': 'high' },
    });

    expect(sameProperty(a!, b!)).toBe(true);
  });

  it('sees a changed priority', () => {
    expect(
      sameProperty(parseTicketProperty(valid)!, {
        ...parseTicketProperty(valid)!,
        priority: 'Low',
      }),
    ).toBe(false);
  });
});
