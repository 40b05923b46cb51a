import type { Requester } from '../atlassian/request';
import type { Engine } from './engine';

/**
 * What the use cases need from the outside world. On Forge the adapters in
 * src/forge fill these from @forge/api, @forge/kvs and @forge/events; in
 * tests they are in memory. Nothing in src/app imports @forge/*.
 */
export interface AppStore {
  /** The value, or undefined when the key is absent. */
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Writes only when the key is absent, atomically: of two writers of one
   * key exactly one gets true. Revisions are claimed this way (see
   * model-store.ts), which is the app's compare-and-set.
   */
  setIfAbsent(key: string, value: unknown): Promise<boolean>;
}

/** Work too long for a resolver, handed to the queue consumer. */
export interface JobQueue {
  push(body: Readonly<Record<string, unknown>>): Promise<void>;
}

/** Counts, codes and keys only: never model, issue or page text. */
export type LogFields = Readonly<
  Record<string, string | number | boolean | null | undefined>
>;

export type Log = (event: string, fields: LogFields) => void;

export interface Ports {
  /** Jira as the user who clicked: their permissions apply. */
  readonly asUser: Requester;
  /** Jira as the app: for triggers and queue jobs, after a user check. */
  readonly asApp: Requester;
  readonly store: AppStore;
  readonly queue: JobQueue;
  readonly now: () => Date;
  /** A fresh unique id (letters, digits and `-` only). */
  readonly newId: () => string;
  readonly log: Log;
  readonly engine: Engine;
}

/**
 * Who calls and from where, as the Forge platform says: the browser never
 * chooses these, it only sends a payload.
 */
export interface Caller {
  readonly accountId: string;
  /** The issue the panel is on, from `context.extension.issue`. */
  readonly issueKey?: string;
  /** The macro's saved configuration, from `context.extension.config`. */
  readonly macroConfig?: unknown;
}
