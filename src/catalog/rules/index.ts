import type { RuleInput } from '../input';
import { API_ABUSE } from './api/abuse';
import { API_ACCESS } from './api/access';
import { API_EXPOSURE } from './api/exposure';
import { CLOUD_SERVICES } from './cloud/services';
import { CLOUD_WORKLOADS } from './cloud/workloads';
import { CORE_DENIAL } from './core/denial';
import { CORE_DISCLOSURE } from './core/disclosure';
import { CORE_ELEVATION } from './core/elevation';
import { CORE_FLOW_INTERACTION } from './core/flows-interaction';
import { CORE_FLOW_INTERNAL } from './core/flows-internal';
import { CORE_FLOW_TRANSIT } from './core/flows-transit';
import { CORE_REPUDIATION } from './core/repudiation';
import { CORE_SPOOFING } from './core/spoofing';
import { CORE_TAMPERING } from './core/tampering';
import { FINANCE_CARD_DATA } from './finance/card-data';
import { FINANCE_TRANSACTIONS } from './finance/transactions';
import { HEALTHCARE_PHI } from './healthcare/phi';
import { HEALTHCARE_RECORDS } from './healthcare/records';
import { IOT_DEVICES } from './iot/devices';
import { IOT_LINKS } from './iot/links';
import { ML_DATA } from './ml/data';
import { ML_MODEL } from './ml/model';
import { MOBILE_RULES } from './mobile';
import { SAAS_RULES } from './saas';

/** Every built-in rule, pack by pack in PACKS order. */
export const BUILT_IN_RULES: readonly RuleInput[] = [
  ...CORE_SPOOFING,
  ...CORE_TAMPERING,
  ...CORE_REPUDIATION,
  ...CORE_DISCLOSURE,
  ...CORE_DENIAL,
  ...CORE_ELEVATION,
  ...CORE_FLOW_TRANSIT,
  ...CORE_FLOW_INTERACTION,
  ...CORE_FLOW_INTERNAL,
  ...API_ACCESS,
  ...API_ABUSE,
  ...API_EXPOSURE,
  ...CLOUD_WORKLOADS,
  ...CLOUD_SERVICES,
  ...IOT_DEVICES,
  ...IOT_LINKS,
  ...MOBILE_RULES,
  ...ML_MODEL,
  ...ML_DATA,
  ...FINANCE_CARD_DATA,
  ...FINANCE_TRANSACTIONS,
  ...HEALTHCARE_PHI,
  ...HEALTHCARE_RECORDS,
  ...SAAS_RULES,
];
