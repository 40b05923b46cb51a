/**
 * Where a new ticket hangs. Jira takes `fields.parent` for an epic's child
 * in company-managed and team-managed projects alike, but only within the
 * epic's project: so the ticket is created under the epic when the backlog
 * project is the epic's project, and otherwise created without a parent
 * and joined to the epic by a "Relates" link.
 *
 * The epic's project is read from its key (`PROJ-12` is in `PROJ`): Jira
 * re-keys an issue when its project's key changes or it moves, and the key
 * the app holds comes fresh from Jira, so the prefix is its project now.
 */
export type Placement =
  | { readonly kind: 'child'; readonly parentKey: string }
  | { readonly kind: 'linked'; readonly linkType: string };

export const LINK_TYPE = 'Relates';

export function placementFor(
  epicKey: string,
  backlogProjectKey: string,
): Placement {
  return projectOf(epicKey) === backlogProjectKey
    ? { kind: 'child', parentKey: epicKey }
    : { kind: 'linked', linkType: LINK_TYPE };
}

export function projectOf(issueKey: string): string {
  const dash = issueKey.lastIndexOf('-');
  return dash < 0 ? issueKey : issueKey.slice(0, dash);
}
