import type { MitigationInput } from '../input';
import { ACCESS_MITIGATIONS } from './access';
import { DATA_MITIGATIONS } from './data';
import { DETECTION_MITIGATIONS } from './detection';
import { IDENTITY_MITIGATIONS } from './identity';
import { INPUT_MITIGATIONS } from './input';
import { PLATFORM_MITIGATIONS } from './platform';
import { RESPONSE_MITIGATIONS } from './response';

/** Every built-in mitigation; rules of any pack share them. */
export const BUILT_IN_MITIGATIONS: readonly MitigationInput[] = [
  ...IDENTITY_MITIGATIONS,
  ...ACCESS_MITIGATIONS,
  ...INPUT_MITIGATIONS,
  ...DATA_MITIGATIONS,
  ...PLATFORM_MITIGATIONS,
  ...DETECTION_MITIGATIONS,
  ...RESPONSE_MITIGATIONS,
];
