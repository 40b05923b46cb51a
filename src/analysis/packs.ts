import { PACKS, type Pack } from '../catalog/schema';
import type { ThreatModel } from '../model/schema';
import type { ElementSubtype, Regulation } from '../model/vocabulary';

/**
 * Which rule packs apply to a model, in PACKS order. `core` always does;
 * every other pack applies when the system context says so, or when the
 * model holds an element (or asset) that only that kind of system has:
 *
 * | pack       | system context                             | element or asset        |
 * | ---------- | ------------------------------------------ | ----------------------- |
 * | api        | application api, microservices; or         | api-gateway             |
 * |            | architecture microservices                 |                         |
 * | cloud      | deployment cloud, hybrid; or serverless    | function, container     |
 * | iot        | application iot; deployment edge           | iot-device              |
 * | mobile     | application mobile                         | mobile-app              |
 * | ml         | application ml, data-platform              | ml-model                |
 * | finance    | regulation pci-dss, sox, glba              | payment-provider, or an |
 * |            |                                            | asset under those       |
 * | healthcare | regulation hipaa                           | an asset under hipaa    |
 * | saas       | user types or description name tenants     | -                       |
 *
 * The model has no multi-tenancy field, so `saas` reads the words
 * "tenant", "multi-tenant" or "saas" in the system's user types and
 * description.
 */
export function applicablePacks(model: ThreatModel): Pack[] {
  const { system } = model;
  const subtypes = new Set<ElementSubtype>(
    model.elements.map((e) => e.subtype),
  );
  const regulations = new Set<Regulation>(system.regulations);
  for (const asset of model.assets) {
    for (const regulation of asset.regulations) regulations.add(regulation);
  }

  const applies = (pack: Pack): boolean => {
    switch (pack) {
      case 'core':
        return true;
      case 'api':
        return (
          system.applicationType === 'api' ||
          system.applicationType === 'microservices' ||
          system.architecture === 'microservices' ||
          subtypes.has('api-gateway')
        );
      case 'cloud':
        return (
          system.deployment === 'cloud' ||
          system.deployment === 'hybrid' ||
          system.architecture === 'serverless' ||
          subtypes.has('function') ||
          subtypes.has('container')
        );
      case 'iot':
        return (
          system.applicationType === 'iot' ||
          system.deployment === 'edge' ||
          subtypes.has('iot-device')
        );
      case 'mobile':
        return (
          system.applicationType === 'mobile' || subtypes.has('mobile-app')
        );
      case 'ml':
        return (
          system.applicationType === 'ml' ||
          system.applicationType === 'data-platform' ||
          subtypes.has('ml-model')
        );
      case 'finance':
        return (
          regulations.has('pci-dss') ||
          regulations.has('sox') ||
          regulations.has('glba') ||
          subtypes.has('payment-provider')
        );
      case 'healthcare':
        return regulations.has('hipaa');
      case 'saas':
        return namesTenancy([...system.userTypes, system.description ?? '']);
    }
  };

  return PACKS.filter(applies);
}

const TENANCY = /\b(multi-?tenant|tenants?|saas)\b/i;

function namesTenancy(texts: readonly string[]): boolean {
  return texts.some((text) => TENANCY.test(text));
}
