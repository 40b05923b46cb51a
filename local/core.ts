import type { Principal } from './auth';
import type { ManifestInfo } from './manifest';
import type { SiteState } from './types';

/** One changed field, as Jira's changelog item says it. */
export interface ChangeItem {
  readonly field: string;
  readonly fieldId: string;
  readonly fieldtype: 'jira';
  readonly from: string | null;
  readonly fromString: string | null;
  readonly to: string | null;
  readonly toString: string | null;
}

/** What the local Jira tells the Forge platform after a change. */
export interface IssueEvent {
  readonly eventType: 'avi:jira:created:issue' | 'avi:jira:updated:issue';
  readonly issueKey: string;
  readonly items: readonly ChangeItem[];
  readonly actor: Principal;
}

/** What every route module may use of the site. */
export interface SiteCore {
  readonly state: SiteState;
  readonly manifest: ManifestInfo | null;
  /** Where `self` links point; the server sets it once it listens. */
  baseUrl: string;
  /** The separate origin Custom UI frames load from; '' means the same. */
  frameBaseUrl: string;
  readonly cloudId: string;
  now(): Date;
  /** Marks the state dirty; it is written to disk shortly after. */
  changed(): void;
  emit(event: IssueEvent): void;
}

export function scopesOf(core: SiteCore): readonly string[] | null {
  return core.manifest === null ? null : core.manifest.scopes;
}
