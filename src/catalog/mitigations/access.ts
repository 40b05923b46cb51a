import type { MitigationInput } from '../input';

/**
 * Mitigations that limit what an authenticated caller may do: authorisation,
 * least privilege, tenant isolation and privileged access.
 */
export const ACCESS_MITIGATIONS: readonly MitigationInput[] = [
  {
    id: 'M-AUTHZ-POLICY',
    title:
      'Enforce deny-by-default authorisation on the server for every request',
    description:
      'Check each request on the trusted side against a central policy for ' +
      'the caller, the action and the resource, and refuse by default, ' +
      'including when the check fails.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V4.1.1', 'V4.1.3', 'V4.1.5', 'V1.4.4'],
    acceptanceCriteria: [
      'Every endpoint is covered by an authorisation check, verified by an ' +
        'automated route inventory.',
      'A request that matches no rule is refused with 403.',
      'An exception in the policy check results in refusal, not access.',
    ],
  },
  {
    id: 'M-OBJECT-AUTHZ',
    title: 'Check the caller may use each object a request names',
    description:
      'For every object id in a path, query or body, verify ownership or ' +
      'entitlement before reading or changing it; do not rely on ids being ' +
      'hard to guess.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V4.2.1'],
    acceptanceCriteria: [
      "A test using user A's token on user B's object ids gets 403 or 404 " +
        'for every endpoint.',
      'Object-level checks live in the data access layer, not only in the ' +
        'controllers.',
    ],
  },
  {
    id: 'M-FUNCTION-AUTHZ',
    title: 'Authorise each API function by role at the route and the handler',
    description:
      'Map every operation to the roles that may call it, enforce the ' +
      'mapping at the router and again where the resource is handled, and ' +
      'deny operations that are not mapped.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V13.1.4', 'V4.1.3'],
    acceptanceCriteria: [
      'An ordinary user token calling any administrative operation gets 403.',
      'A new endpoint without a role mapping fails the build or is denied at ' +
        'runtime.',
    ],
  },
  {
    id: 'M-LEAST-PRIVILEGE',
    title: 'Give each component and account only the permissions it uses',
    description:
      'Run each service, job and integration under its own account with the ' +
      'narrowest permissions it needs, with read-only access where it only ' +
      'reads.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V1.2.1', 'V4.1.3'],
    acceptanceCriteria: [
      'Each component has its own account; none uses an owner or ' +
        'administrator account.',
      'Permission grants are listed in code or configuration and reviewed on ' +
        'change.',
      'Attempting an operation outside the grant is refused and logged.',
    ],
  },
  {
    id: 'M-ADMIN-ISOLATION',
    title:
      'Put administrative functions behind a separate, MFA-protected entry',
    description:
      'Serve administration from a separate interface reachable only from a ' +
      'management network or through a privileged access gateway, with MFA ' +
      'and short sessions.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V4.3.1', 'V1.14.1'],
    acceptanceCriteria: [
      'Administrative endpoints are not reachable from the public internet.',
      'Administrative sign-in requires MFA and sessions expire within 15 ' +
        'minutes of inactivity.',
    ],
  },
  {
    id: 'M-TENANT-ISOLATION',
    title:
      'Scope every query, cache key and message to the tenant of the session',
    description:
      'Derive the tenant from the authenticated session, never from request ' +
      'fields, and enforce it in the data layer (row-level security, ' +
      'per-tenant keys or stores) so that no code path can skip it.',
    controlType: 'preventive',
    effort: 4,
    asvs: ['V4.1.2', 'V4.2.1'],
    acceptanceCriteria: [
      "A test with tenant A's session never returns or changes tenant B's " +
        'data on any endpoint.',
      'A tenant id supplied in a request that differs from the session is ' +
        'refused.',
      'Cache keys, queue topics and object paths include the tenant id.',
    ],
  },
  {
    id: 'M-SUPPORT-ACCESS',
    title:
      'Require customer approval and a visible trail for operator access to ' +
      'tenant data',
    description:
      'Give support staff access to a tenant only through a time-boxed, ' +
      "approved request, with every action recorded in the tenant's own " +
      'audit log.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V8.3.5', 'V4.1.3'],
    acceptanceCriteria: [
      'Operator access to a tenant expires automatically within 24 hours.',
      'Each operator action appears in the audit log the tenant can see.',
    ],
  },
  {
    id: 'M-TOOL-PERMISSIONS',
    title: 'Limit what model-initiated actions can do and approve risky ones',
    description:
      'Give each tool a model can call its own narrow permissions, act with ' +
      "the end user's rights rather than the service's, and require a person " +
      'to confirm destructive or costly actions.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V4.1.3', 'V1.4.4'],
    acceptanceCriteria: [
      'Tools called by the model run with the permissions of the requesting ' +
        'user.',
      'Deleting, paying or sending outside the organisation needs explicit ' +
        'user confirmation.',
    ],
  },
  {
    id: 'M-CLOUD-IAM',
    title: 'Give each cloud workload its own narrowly scoped role',
    description:
      'Attach a dedicated cloud role to each function, container and job, ' +
      'list the exact actions and resources it needs, and forbid wildcards.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V1.2.1', 'V4.1.3'],
    acceptanceCriteria: [
      'No workload role grants a wildcard action or resource.',
      'Each workload has a role of its own, checked by an ' +
        'infrastructure-as-code policy test.',
    ],
  },
  {
    id: 'M-BUCKET-POLICY',
    title: 'Block public access to storage buckets by default',
    description:
      "Turn on the provider's account-wide public access block, grant bucket " +
      'access only to named roles, and serve public files through a CDN with ' +
      'its own origin identity.',
    controlType: 'preventive',
    effort: 1,
    asvs: ['V4.1.3', 'V14.1.3'],
    acceptanceCriteria: [
      'An anonymous request to list or read the bucket is refused.',
      'The account-level public access block is on and guarded by a ' +
        'configuration rule.',
    ],
  },
];
