import { jqlList, jqlProperty, jqlString } from '../../src/atlassian/jql';

describe('jqlString', () => {
  test.each([
    ['M-TLS@web', '"M-TLS@web"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['end\\', '"end\\\\"'],
    ['\\"', '"\\\\\\""'],
    ['two\nlines\ttab\r', '"two\\nlines\\ttab\\r"'],
    ['x" OR project = "OTHER', '"x\\" OR project = \\"OTHER"'],
  ])('quotes %j as %s', (value, expected) => {
    expect(jqlString(value)).toBe(expected);
  });

  it('keeps a hostile value inside one string literal', () => {
    const literal = jqlString('a\\" OR 1=1 OR key = "b');

    // Outside the escapes, the only quotes left are the two that delimit it.
    const bare = literal.replace(/\\./g, '');
    expect(bare).toBe('"a OR 1=1 OR key = b"');
  });
});

describe('jqlList', () => {
  it('joins quoted values in parentheses', () => {
    expect(jqlList(['a', 'b"c'])).toBe('("a", "b\\"c")');
  });

  it('refuses an empty list, which JQL would reject', () => {
    expect(() => jqlList([])).toThrow('a JQL list needs a value');
  });
});

describe('jqlProperty', () => {
  it('names a property path the app owns', () => {
    expect(jqlProperty('threat-model-mitigation', 'key')).toBe(
      'issue.property[threat-model-mitigation].key',
    );
  });

  it('refuses a name that could close the brackets', () => {
    expect(() => jqlProperty('x] OR key', 'key')).toThrow(
      'unsafe property name',
    );
  });
});
