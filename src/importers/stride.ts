import type { Stride } from '../model/vocabulary';

/**
 * Threat categories other tools write, as STRIDE. The CIA words (Threat
 * Dragon's CIA diagrams) map to the STRIDE category that breaks them.
 */
const STRIDE_OF: Readonly<Record<string, Stride>> = {
  spoofing: 'S',
  tampering: 'T',
  repudiation: 'R',
  'information disclosure': 'I',
  'denial of service': 'D',
  'elevation of privilege': 'E',
  confidentiality: 'I',
  integrity: 'T',
  availability: 'D',
};

/** The STRIDE category a tool's threat type names, if it names one. */
export function strideOf(category: string): Stride | undefined {
  return STRIDE_OF[category.trim().toLowerCase().replace(/[-_]/g, ' ')];
}
