import { PACKS, type Pack } from './schema';

/** The rule packs, in the order the catalog lists them. */
export const PACK_NAMES: readonly Pack[] = PACKS;

/** What each pack covers and when the analysis applies it. */
export const PACK_DESCRIPTIONS: Readonly<Record<Pack, string>> = {
  core:
    'STRIDE per element and per interaction for every model: a catch-all ' +
    'per element kind, boundary crossings, external input, stores and logs.',
  api:
    'OWASP API Security Top 10 2023 on API processes; for API and ' +
    'microservice systems and models with an API gateway.',
  cloud:
    'Cloud-native, container and serverless workloads, metadata ' +
    'credentials, secrets and managed storage; for cloud and hybrid systems.',
  iot:
    'Devices in the field, firmware, device identity, telemetry and edge ' +
    'gateways; for IoT and edge systems and models with an IoT device.',
  mobile:
    'Mobile apps on devices the user controls: local storage, pinning, ' +
    'repackaging and embedded secrets; for mobile systems and apps.',
  ml:
    'Models and their data: prompt injection, poisoning, model theft, ' +
    'training-data leaks and excessive agency; for ML and data platforms.',
  finance:
    'PCI DSS card data, payment tampering, forged processor callbacks and ' +
    'transaction repudiation; for systems under pci-dss, sox or glba.',
  healthcare:
    'HIPAA health information: PHI disclosure, medical record tampering ' +
    'and repudiation, research data poisoning; for systems under hipaa.',
  saas:
    'Multi-tenant isolation of data, caches, identity and capacity, and ' +
    'operator access; for systems whose context names tenants or SaaS.',
};
