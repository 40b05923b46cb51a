/**
 * The rule catalog: STRIDE rules and the mitigations they call for, as
 * data. Rules are grouped in packs (`core` always applies; the others
 * follow the system context), validated when they load.
 */
export { builtInCatalog, loadCatalog } from './load';
export { PACK_NAMES, PACK_DESCRIPTIONS } from './packs';
export { coverageTable } from './coverage';
export { ELEMENT_FACTS, FLOW_ONLY_FACTS, isKnownFact } from './facts';
export type { CatalogInput, MitigationInput, RuleInput } from './input';
export {
  Catalog,
  Condition,
  Mitigation,
  PACKS,
  Rule,
  type FactTest,
  type Pack,
} from './schema';
