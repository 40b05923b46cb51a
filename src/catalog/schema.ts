import { z } from 'zod';
import {
  ACTOR_KINDS,
  CONTROL_TYPES,
  ELEMENT_KINDS,
  STRIDE,
} from '../model/vocabulary';
import { Id } from '../model/schema';

/**
 * Rules and mitigations are data. A condition is a small tree of tests over
 * the facts of one target (see `analysis/facts.ts` for the fact names);
 * nothing in it is ever evaluated as code.
 *
 * Reading a fact the target does not have makes a test false, never a
 * crash; `exists: false` is the one test that asks for absence.
 */
const Scalar = z.union([z.string(), z.number(), z.boolean()]);
export type Scalar = z.infer<typeof Scalar>;

export interface FactTest {
  readonly fact: string;
  readonly equals?: Scalar | undefined;
  readonly in?: readonly Scalar[] | undefined;
  readonly includes?: Scalar | undefined;
  readonly includesAny?: readonly Scalar[] | undefined;
  readonly atLeast?: number | undefined;
  readonly exists?: boolean | undefined;
}
export type Condition =
  | FactTest
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

const FactTestSchema = z
  .strictObject({
    fact: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.]*$/, 'must be a dotted fact name'),
    equals: Scalar.optional().describe('The fact equals this value'),
    in: z.array(Scalar).min(1).optional().describe('The fact is one of these'),
    includes: Scalar.optional().describe('The list fact holds this value'),
    includesAny: z
      .array(Scalar)
      .min(1)
      .optional()
      .describe('The list fact holds one of these'),
    atLeast: z
      .number()
      .optional()
      .describe('The numeric fact is at least this'),
    exists: z.boolean().optional().describe('The fact is present (or absent)'),
  })
  .refine(
    (test) =>
      [
        test.equals,
        test.in,
        test.includes,
        test.includesAny,
        test.atLeast,
        test.exists,
      ].filter((v) => v !== undefined).length === 1,
    'a fact test needs exactly one of equals, in, includes, includesAny, atLeast, exists',
  );

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    FactTestSchema,
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
  ]),
);

/** Rule packs; `core` always applies, the others follow the system context. */
export const PACKS = [
  'core',
  'api',
  'cloud',
  'iot',
  'mobile',
  'ml',
  'finance',
  'healthcare',
  'saas',
] as const;
export type Pack = (typeof PACKS)[number];

/** OWASP Risk Rating vulnerability factors, 0 (least) to 9 (most likely). */
export const LikelihoodFactors = z.strictObject({
  easeOfDiscovery: z.number().int().min(0).max(9),
  easeOfExploit: z.number().int().min(0).max(9),
  awareness: z.number().int().min(0).max(9),
  intrusionDetection: z
    .number()
    .int()
    .min(0)
    .max(9)
    .describe('9 when nobody would notice, 1 when detection is active'),
});
export type LikelihoodFactors = z.infer<typeof LikelihoodFactors>;

export const Mitigation = z.strictObject({
  id: Id.describe('Stable id such as M-TLS; tickets are keyed on it'),
  title: z
    .string()
    .min(1)
    .max(120)
    .describe('An imperative, fit for a ticket summary'),
  description: z.string().min(1).max(2000),
  controlType: z.enum(CONTROL_TYPES),
  effort: z
    .number()
    .int()
    .min(1)
    .max(5)
    .describe('1 is an hour or a setting, 5 is a project'),
  asvs: z
    .array(z.string().regex(/^V\d+(\.\d+){1,2}$/))
    .min(1)
    .describe('OWASP ASVS 4.0 references'),
  acceptanceCriteria: z.array(z.string().min(1)).min(1),
});
export type Mitigation = z.infer<typeof Mitigation>;

export const Rule = z.strictObject({
  id: Id.describe('Stable id; threat ids are built from it'),
  title: z.string().min(1).max(160),
  description: z.string().min(1).max(2000),
  stride: z.array(z.enum(STRIDE)).min(1),
  target: z.enum(['element', 'flow']),
  elementKinds: z
    .array(z.enum(ELEMENT_KINDS))
    .default([])
    .describe('For element rules: the kinds it applies to; empty means all'),
  pack: z.enum(PACKS).default('core'),
  when: Condition.optional().describe('The rule applies only if this holds'),
  unless: Condition.optional().describe('A stated control that rules it out'),
  actors: z.array(z.enum(ACTOR_KINDS)).min(1).describe('Who would try it'),
  attackVector: z.string().min(1).max(300),
  likelihood: LikelihoodFactors,
  cwe: z.array(z.string().regex(/^CWE-\d+$/)).min(1),
  capec: z.array(z.string().regex(/^CAPEC-\d+$/)).min(1),
  owasp: z.array(z.string().regex(/^A\d{2}:2021$/)).default([]),
  owaspApi: z.array(z.string().regex(/^API\d{1,2}:2023$/)).default([]),
  mitigations: z.array(Id).min(1),
  fallback: z
    .boolean()
    .default(false)
    .describe(
      'A catch-all: it fires on a target only for a STRIDE category no ' +
        'other rule raises there',
    ),
});
export type Rule = z.infer<typeof Rule>;

export const Catalog = z.strictObject({
  rules: z.array(Rule),
  mitigations: z.array(Mitigation),
});
export type Catalog = z.infer<typeof Catalog>;
