import { EXAMPLE, escapeRegExp, run, useScratch } from './run';

describe('threatmodel analyze --rules', () => {
  const scratch = useScratch();
  const rule = [
    'rules:',
    '  - id: TEAM-I-01',
    '    title: Order data leaks from an internal service',
    '    description: A service answers queries for orders it should not show.',
    '    stride: [I]',
    '    target: element',
    '    elementKinds: [process]',
    '    when: { fact: subtype, equals: service }',
    '    actors: [malicious-insider]',
    '    attackVector: Querying the service for other customers orders',
    '    likelihood:',
    '      { easeOfDiscovery: 5, easeOfExploit: 5, awareness: 5, intrusionDetection: 5 }',
    '    cwe: [CWE-200]',
    '    capec: [CAPEC-116]',
    '    mitigations: [M-TLS]',
    '',
  ].join('\n');

  it("adds a team's own rules to the built-in ones", async () => {
    const rules = await scratch.write('rules.yaml', rule);

    const result = await run([
      'analyze',
      EXAMPLE,
      '--rules',
      rules,
      '--format',
      'json',
    ]);

    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { threats: { id: string }[] };
    const ids = report.threats.map((threat) => threat.id);
    expect(ids).toContain('TEAM-I-01@payments');
    expect(ids.some((id) => id.startsWith('CORE-'))).toBe(true);
  });

  it('names the rules file and the path of a rule that reads an unknown fact', async () => {
    const rules = await scratch.write(
      'rules.yaml',
      rule.replace('fact: subtype', 'fact: colour'),
    );

    const result = await run(['analyze', EXAMPLE, '--rules', rules]);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^${escapeRegExp(rules)}: INVALID_CATALOG: rules\\[0\\]\\.when[^:]*: .*colour`,
      ),
    );
  });
});
