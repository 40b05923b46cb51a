import type { MitigationInput } from '../input';

/**
 * Mitigations that keep hostile input from changing behaviour: validation,
 * queries, encoding, limits, and guarding model input and output.
 */
export const INPUT_MITIGATIONS: readonly MitigationInput[] = [
  {
    id: 'M-INPUT-VALIDATION',
    title: 'Validate input against an allow-list schema where it enters',
    description:
      'Check every field arriving from a less trusted source for type, ' +
      'length, range and format against an explicit schema on the trusted ' +
      'side, and reject what does not match.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V5.1.3', 'V5.1.4', 'V1.5.3'],
    acceptanceCriteria: [
      'Each entry point validates its input against a declared schema before ' +
        'use.',
      'Requests with unknown fields, wrong types or out-of-range values get ' +
        '400 and are logged.',
      'Validation runs on the server even when the client validates too.',
    ],
  },
  {
    id: 'M-PARAMETERIZED-QUERIES',
    title: 'Use parameterised queries for every data store call',
    description:
      'Build SQL, NoSQL and search queries with bound parameters or a safe ' +
      'query builder; never concatenate input into query text.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V5.3.4', 'V5.3.5'],
    acceptanceCriteria: [
      'No query in the code base is built by string concatenation with ' +
        'request data, checked by a static analysis rule.',
      'Injection test payloads against each query path return no extra data ' +
        'and no errors.',
    ],
  },
  {
    id: 'M-OUTPUT-ENCODING',
    title: 'Encode output for the context it is placed in',
    description:
      'Use a template engine or framework that escapes by default for HTML, ' +
      'attributes, JavaScript, URLs and CSS, and mark the few trusted raw ' +
      'outputs explicitly.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V5.3.1', 'V5.3.3', 'V1.5.4'],
    acceptanceCriteria: [
      'Automatic escaping is on in every template and raw output needs an ' +
        'explicit, reviewed call.',
      'A scripted XSS test suite finds no executable payload in any page.',
    ],
  },
  {
    id: 'M-CSP-SRI',
    title:
      'Set a strict Content Security Policy and integrity checks on scripts',
    description:
      'Serve a Content Security Policy that allows scripts only from listed ' +
      'origins or with nonces, load third-party scripts with subresource ' +
      'integrity, and keep an inventory of every script on sensitive pages.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V14.4.3', 'V14.2.3'],
    acceptanceCriteria: [
      'Every page sends a Content-Security-Policy header without ' +
        'unsafe-inline for scripts.',
      'Third-party scripts on payment and login pages carry an integrity ' +
        'attribute.',
      'A list of the scripts on each sensitive page exists, with the reason ' +
        'each is needed.',
    ],
  },
  {
    id: 'M-MASS-ASSIGNMENT',
    title:
      'Bind only allow-listed properties and shape responses with explicit ' +
      'schemas',
    description:
      'Copy request fields onto objects through an explicit list of writable ' +
      'properties per role, and serialise responses through schemas that ' +
      'list the fields each caller may see.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V5.1.2', 'V13.2.2'],
    acceptanceCriteria: [
      'Sending role, owner, price or other protected fields in an update ' +
        'request does not change them.',
      'Responses contain only the fields listed in the response schema for ' +
        'the caller.',
    ],
  },
  {
    id: 'M-SSRF-ALLOWLIST',
    title: 'Restrict outbound requests to an allow-list of destinations',
    description:
      "Resolve and check every URL a service fetches on a user's behalf " +
      'against an allow-list of hosts, block private, link-local and ' +
      'metadata addresses, and do not follow redirects blindly.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V5.2.6', 'V12.6.1'],
    acceptanceCriteria: [
      'Requests to private, loopback, link-local and metadata addresses are ' +
        'refused.',
      'A redirect to a host outside the allow-list is not followed.',
      'Outbound traffic from the service passes through an egress proxy or ' +
        'firewall with the same list.',
    ],
  },
  {
    id: 'M-RESOURCE-LIMITS',
    title: 'Bound payload size, nesting, page size and processing time',
    description:
      'Set maximums for request and upload size, JSON and GraphQL depth, ' +
      'items per page or batch, model input and output length, and time per ' +
      'request, and refuse work beyond them.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V12.1.1', 'V13.4.1'],
    acceptanceCriteria: [
      'Requests above the documented size, depth or page limit are refused ' +
        'with 413 or 400.',
      'Every outbound call and query has a timeout.',
      'A load test with maximum-size requests keeps latency for ordinary ' +
        'requests within target.',
    ],
  },
  {
    id: 'M-LOG-ENCODING',
    title: 'Encode user-supplied text before it is written to logs',
    description:
      'Write logs in a structured format and escape line breaks and control ' +
      'characters in any value that came from outside.',
    controlType: 'preventive',
    effort: 1,
    asvs: ['V7.3.1'],
    acceptanceCriteria: [
      'A value containing a line break or control character appears as one ' +
        'escaped field in the log.',
      'Logs are written as structured records, not concatenated strings.',
    ],
  },
  {
    id: 'M-LLM-GUARDRAILS',
    title: 'Keep untrusted content apart from model instructions and screen it',
    description:
      'Separate system instructions from user and retrieved content, mark ' +
      'retrieved content as data, screen inputs for injection patterns and ' +
      'keep secrets out of prompts.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V5.1.3', 'V1.5.3'],
    acceptanceCriteria: [
      'No secret or credential appears in any prompt template.',
      'A maintained suite of prompt-injection test cases runs before each ' +
        'model or prompt release and its pass rate is tracked.',
      'Retrieved documents are passed as delimited data, not appended to ' +
        'instructions.',
    ],
  },
  {
    id: 'M-MODEL-OUTPUT-VALIDATION',
    title: 'Treat model output as untrusted input downstream',
    description:
      'Validate, encode or constrain model output before it is rendered, ' +
      'stored, executed or passed to another system, exactly as for user ' +
      'input.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V5.3.1', 'V5.1.3'],
    acceptanceCriteria: [
      'Model output is encoded before it is shown in a page.',
      'Model output is never executed as code, shell or query text without a ' +
        'validated, structured form.',
    ],
  },
];
