import type { AttributesInput } from '../parts';
import type {
  Classification,
  ElementKind,
  ElementSubtype,
  Need,
} from '../../model/vocabulary';

/** pytm's words, mapped to the model's. */

/** Element classes: kind and, where the class says it, subtype. */
export const CLASSES: Readonly<
  Record<string, readonly [ElementKind, ElementSubtype?]>
> = {
  Actor: ['external-entity', 'user'],
  ExternalEntity: ['external-entity', 'external-system'],
  Server: ['process'],
  Process: ['process'],
  SetOfProcesses: ['process'],
  Lambda: ['process', 'function'],
  LLM: ['process', 'ml-model'],
  Agent: ['process', 'ml-model'],
  Datastore: ['data-store'],
};

/** pytm ranks data UNKNOWN, PUBLIC, RESTRICTED, SENSITIVE, SECRET, TOP_SECRET. */
export const CLASSIFICATIONS: Readonly<Record<string, Classification>> = {
  UNKNOWN: 'internal',
  PUBLIC: 'public',
  RESTRICTED: 'internal',
  SENSITIVE: 'confidential',
  SECRET: 'restricted',
  TOP_SECRET: 'restricted',
};

export const CONFIDENTIALITY: Readonly<Record<Classification, Need>> = {
  public: 'low',
  internal: 'medium',
  confidential: 'high',
  restricted: 'high',
};

/** Element controls with a place among the model's security attributes. */
export const CONTROLS: Readonly<Record<string, keyof AttributesInput>> = {
  isHardened: 'hardened',
  sanitizesInput: 'inputValidation',
  encodesOutput: 'outputEncoding',
  authorizesSource: 'authorization',
  hasAccessControl: 'authorization',
  isEncryptedAtRest: 'encryptionAtRest',
  usesSecretManager: 'secretsManaged',
};
