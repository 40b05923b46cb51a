import { z } from 'zod';
import {
  ACTOR_KINDS,
  APPLICATION_TYPES,
  ARCHITECTURES,
  AUTHENTICATION_METHODS,
  CLASSIFICATIONS,
  CONTROL_TYPES,
  DEPLOYMENTS,
  ELEMENT_KINDS,
  ELEMENT_SUBTYPES,
  LEVELS,
  NEEDS,
  REGULATIONS,
  SEVERITIES,
  STRIDE,
} from './vocabulary';

/**
 * The threat model of one system, as stored on an epic, in a repository or
 * produced by an importer. Objects are strict: an unknown key is an error,
 * so a typo never silently drops a control.
 */
export const SCHEMA_VERSION = 1;

export const Id = z
  .string()
  .regex(
    /^[A-Za-z0-9_][A-Za-z0-9_.:@/>#-]{0,127}$/,
    'must start with a letter, digit or _ and hold only letters, digits and ' +
      '_ . : @ / > # - (at most 128)',
  );

const Name = z.string().trim().min(1, 'must not be empty').max(200);
const Text = z.string().max(4000);
const Score = z.number().int().min(0).max(9);

export const SystemContext = z.strictObject({
  name: Name.describe('What the system is called'),
  description: Text.optional().describe('What it does, in a sentence or two'),
  applicationType: z
    .enum(APPLICATION_TYPES)
    .default('web')
    .describe('The kind of application; chooses rule packs'),
  architecture: z
    .enum(ARCHITECTURES)
    .default('monolith')
    .describe('Its architecture pattern'),
  deployment: z.enum(DEPLOYMENTS).default('cloud').describe('Where it runs'),
  dataSensitivity: z
    .enum(CLASSIFICATIONS)
    .default('internal')
    .describe('The most sensitive data it handles'),
  userTypes: z.array(Name).default([]).describe('Who uses it'),
  regulations: z
    .array(z.enum(REGULATIONS))
    .default([])
    .describe('Regulations that apply to the whole system'),
  riskTolerance: z
    .enum(SEVERITIES)
    .default('low')
    .describe('The highest residual severity the organisation accepts'),
});
export type SystemContext = z.infer<typeof SystemContext>;

/** Security facts about an element. Absent means unknown, never false. */
export const SecurityAttributes = z.strictObject({
  authentication: z
    .enum(AUTHENTICATION_METHODS)
    .optional()
    .describe('How callers prove who they are'),
  authorization: z
    .boolean()
    .optional()
    .describe('Whether each request is checked against a policy'),
  inputValidation: z
    .boolean()
    .optional()
    .describe('Whether input is validated against an allow-list'),
  outputEncoding: z
    .boolean()
    .optional()
    .describe('Whether output is encoded for its context'),
  logging: z
    .boolean()
    .optional()
    .describe('Whether security events are logged'),
  auditTrail: z
    .boolean()
    .optional()
    .describe('Whether actions are kept in a tamper-evident audit trail'),
  encryptionAtRest: z
    .boolean()
    .optional()
    .describe('Whether stored data is encrypted'),
  rateLimiting: z
    .boolean()
    .optional()
    .describe('Whether requests are rate-limited or quota-bound'),
  internetFacing: z
    .boolean()
    .optional()
    .describe('Whether it is reachable from the internet'),
  privileged: z
    .boolean()
    .optional()
    .describe('Whether it runs privileged or administrative operations'),
  hardened: z
    .boolean()
    .optional()
    .describe('Whether it follows a hardening baseline and is patched'),
  secretsManaged: z
    .boolean()
    .optional()
    .describe('Whether its secrets come from a vault, not code or config'),
  backups: z
    .boolean()
    .optional()
    .describe('Whether its data is backed up and restores are tested'),
  technologies: z
    .array(z.string().trim().min(1).max(100))
    .default([])
    .describe('Languages, frameworks and products it is built on'),
});
export type SecurityAttributes = z.infer<typeof SecurityAttributes>;

export const Element = z.strictObject({
  id: Id.describe('Stable identifier, unique among elements and flows'),
  name: Name.describe('Name shown to people'),
  kind: z.enum(ELEMENT_KINDS).describe('Data-flow diagram kind'),
  subtype: z
    .enum(ELEMENT_SUBTYPES)
    .default('generic')
    .describe('What it is, more precisely'),
  boundary: Id.optional().describe('The innermost trust boundary holding it'),
  description: Text.optional(),
  attributes: SecurityAttributes.default({ technologies: [] }),
});
export type Element = z.infer<typeof Element>;

export const Flow = z.strictObject({
  id: Id.describe('Stable identifier, unique among elements and flows'),
  from: Id.describe('The element that sends'),
  to: Id.describe('The element that receives'),
  label: z.string().max(200).optional().describe('What the diagram says'),
  protocol: z
    .string()
    .trim()
    .toLowerCase()
    .max(50)
    .optional()
    .describe('Protocol such as https, grpc, sql, amqp'),
  encrypted: z
    .boolean()
    .optional()
    .describe('Whether it is encrypted in transit'),
  authenticated: z
    .boolean()
    .optional()
    .describe('Whether the receiver authenticates the sender'),
  assets: z.array(Id).default([]).describe('Assets the flow carries'),
  bidirectional: z
    .boolean()
    .default(false)
    .describe('Whether data also flows back'),
});
export type Flow = z.infer<typeof Flow>;

export const TrustBoundary = z.strictObject({
  id: Id,
  name: Name,
  parent: Id.optional().describe('The boundary this one sits inside'),
  description: Text.optional(),
});
export type TrustBoundary = z.infer<typeof TrustBoundary>;

export const Asset = z.strictObject({
  id: Id,
  name: Name,
  classification: z.enum(CLASSIFICATIONS).default('internal'),
  confidentiality: z.enum(NEEDS).default('medium'),
  integrity: z.enum(NEEDS).default('medium'),
  availability: z.enum(NEEDS).default('medium'),
  regulations: z.array(z.enum(REGULATIONS)).default([]),
  storedIn: z
    .array(Id)
    .default([])
    .describe('Data stores and processes that hold it'),
  description: Text.optional(),
});
export type Asset = z.infer<typeof Asset>;

/** OWASP Risk Rating threat-agent factors, 0 (least) to 9 (most). */
export const ThreatActor = z.strictObject({
  id: Id,
  name: Name,
  kind: z.enum(ACTOR_KINDS),
  skill: Score.describe('Skill level'),
  motive: Score.describe('How much they gain'),
  opportunity: Score.describe('Access and resources they need'),
  size: Score.default(6).describe('How many such actors there are'),
});
export type ThreatActor = z.infer<typeof ThreatActor>;

export const Control = z.strictObject({
  id: Id,
  name: Name,
  type: z.enum(CONTROL_TYPES),
  covers: z
    .array(Id)
    .default([])
    .describe('Elements and flows it protects; empty means all'),
  stride: z
    .array(z.enum(STRIDE))
    .default([])
    .describe('Categories it addresses; empty means all'),
  mitigations: z
    .array(Id)
    .default([])
    .describe('Catalog mitigations it implements'),
  effectiveness: z.enum(LEVELS).default('medium'),
  description: Text.optional(),
});
export type Control = z.infer<typeof Control>;

export const ThreatModel = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  system: SystemContext,
  diagram: z
    .string()
    .max(200_000)
    .optional()
    .describe('The Mermaid source the model was drawn from, if any'),
  elements: z.array(Element).default([]),
  flows: z.array(Flow).default([]),
  boundaries: z.array(TrustBoundary).default([]),
  assets: z.array(Asset).default([]),
  actors: z.array(ThreatActor).default([]),
  controls: z.array(Control).default([]),
});
export type ThreatModel = z.infer<typeof ThreatModel>;
/** A model as written, before defaults are filled in. */
export type ThreatModelInput = z.input<typeof ThreatModel>;
