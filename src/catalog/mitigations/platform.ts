import type { MitigationInput } from '../input';

/**
 * Mitigations that harden where the code runs and how it is built:
 * baselines, patching, containers, networks, pipelines, signing, devices,
 * apps, limits and errors.
 */
export const PLATFORM_MITIGATIONS: readonly MitigationInput[] = [
  {
    id: 'M-HARDENING-BASELINE',
    title: 'Apply a hardening baseline and keep it enforced',
    description:
      'Configure servers, frameworks and managed services to a published ' +
      'baseline: remove unused features and defaults, turn off debug modes ' +
      'and version banners, and set security headers.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V14.1.3', 'V14.2.2', 'V14.3.2'],
    acceptanceCriteria: [
      'A configuration scan against the chosen baseline reports no high ' +
        'findings.',
      'Debug modes, sample content and default accounts are absent in ' +
        'production.',
    ],
  },
  {
    id: 'M-SBOM-PATCHING',
    title: 'Track dependencies and patch known vulnerabilities on a deadline',
    description:
      'Keep a software bill of materials for each component, scan it for ' +
      'known vulnerabilities in CI and in production, and patch critical ' +
      'ones within days.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V14.2.1', 'V14.2.5', 'V1.14.3'],
    acceptanceCriteria: [
      'Each build publishes a software bill of materials.',
      'The build fails on a known critical vulnerability without an accepted ' +
        'exception.',
      'Critical vulnerabilities in running components are patched within 7 ' +
        'days.',
    ],
  },
  {
    id: 'M-CONTAINER-HARDENING',
    title:
      'Run containers unprivileged, read-only and with dropped capabilities',
    description:
      'Run containers as a non-root user with a read-only root file system, ' +
      'no added capabilities, a seccomp profile, no host mounts or runtime ' +
      'socket, and admission rules that enforce it.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V1.14.5', 'V14.2.6'],
    acceptanceCriteria: [
      'An admission policy rejects privileged, root or host-mounting ' +
        'containers.',
      'Every production container runs with a read-only root file system.',
    ],
  },
  {
    id: 'M-NETWORK-SEGMENTATION',
    title: 'Segment the network and allow only the flows the design needs',
    description:
      'Place each trust zone in its own network segment and allow only the ' +
      'documented flows between zones, denying everything else by default.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V1.14.1'],
    acceptanceCriteria: [
      'Firewall or network policy rules match the documented data flows and ' +
        'deny all others.',
      'A connection attempt between zones outside the documented flows is ' +
        'blocked and logged.',
    ],
  },
  {
    id: 'M-IMDS',
    title: 'Require token-based metadata access and block it where not needed',
    description:
      'Use the token-based version of the instance metadata service, lower ' +
      'its hop limit, and block the metadata address for workloads that do ' +
      'not need it.',
    controlType: 'preventive',
    effort: 1,
    asvs: ['V1.14.5', 'V5.2.6'],
    acceptanceCriteria: [
      'Instances refuse metadata requests without a session token.',
      'Containers that do not need cloud credentials cannot reach the ' +
        'metadata address.',
    ],
  },
  {
    id: 'M-PIPELINE-HARDENING',
    title:
      'Protect the build pipeline with reviewed changes and isolated runners',
    description:
      'Protect main branches and pipeline definitions with mandatory review, ' +
      'run builds on ephemeral isolated runners, pin third-party actions, ' +
      'and give the pipeline short-lived deploy credentials.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V14.1.1', 'V1.10.1'],
    acceptanceCriteria: [
      'Changes to pipeline definitions need an approved review by someone ' +
        'other than the author.',
      'Build runners are recreated for each job.',
      'Deploy credentials used by the pipeline expire within an hour.',
    ],
  },
  {
    id: 'M-SIGNED-ARTIFACTS',
    title:
      'Sign build artefacts, images, firmware and models and verify before use',
    description:
      'Sign every artefact where it is built and verify the signature ' +
      'wherever it is deployed, loaded or installed, refusing anything ' +
      'unsigned or signed by an unknown key.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V10.3.1', 'V10.3.2', 'V1.14.2'],
    acceptanceCriteria: [
      'Deployment refuses an image or package without a valid signature from ' +
        'the build system.',
      'Devices refuse firmware updates that are unsigned or signed by an ' +
        'unknown key.',
    ],
  },
  {
    id: 'M-DEVICE-HARDENING',
    title:
      'Disable debug ports and default credentials and turn on secure boot',
    description:
      'Ship devices with unique credentials, no open debug or remote shell ' +
      'services, locked debug interfaces and a boot chain that verifies ' +
      'firmware.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V14.3.2', 'V2.10.2'],
    acceptanceCriteria: [
      'No device accepts a default or shared password.',
      'Debug interfaces are locked or removed on production hardware.',
      'A device with modified firmware refuses to boot.',
    ],
  },
  {
    id: 'M-APP-ATTESTATION',
    title: 'Verify app and device integrity before serving sensitive requests',
    description:
      'Use the platform attestation service to confirm the request comes ' +
      'from the genuine app on an unmodified device, and refuse or step up ' +
      'sensitive operations otherwise.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V10.3.2', 'V1.14.2'],
    acceptanceCriteria: [
      'Sensitive API operations require a valid attestation token.',
      'A repackaged build of the app is refused by the back end.',
    ],
  },
  {
    id: 'M-RATE-LIMIT',
    title: 'Rate-limit and quota requests per client and per tenant',
    description:
      'Apply limits per user, key, tenant and source address at the edge and ' +
      'in the service, with quotas on expensive operations, and answer ' +
      'excess with 429.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V11.1.3', 'V11.1.4'],
    acceptanceCriteria: [
      'Requests above the documented limit get 429 with a Retry-After header.',
      'Limits apply per client and per tenant, not only globally.',
      'Expensive operations have their own lower quotas.',
    ],
  },
  {
    id: 'M-ERROR-HANDLING',
    title: 'Return generic errors and keep details in the server log',
    description:
      'Show callers a generic message with a correlation id, log the detail ' +
      'on the server, and turn off stack traces and debug output in ' +
      'production.',
    controlType: 'preventive',
    effort: 1,
    asvs: ['V7.4.1', 'V14.3.2'],
    acceptanceCriteria: [
      'Error responses contain no stack trace, query, path or version ' +
        'information.',
      'Each error response carries a correlation id that finds its server ' +
        'log entry.',
    ],
  },
];
