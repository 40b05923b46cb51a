import { agileRoutes } from './agile';
import { confluenceRoutes } from './confluence';
import { bulkRoutes } from './jira/bulk';
import { commentRoutes } from './jira/comments';
import { issueRoutes } from './jira/issues';
import { linkRoutes } from './jira/links';
import { metaRoutes } from './jira/meta';
import { propertyRoutes } from './jira/properties';
import { searchRoutes } from './jira/search';
import { transitionRoutes } from './jira/transitions';
import { kvsRoutes } from './kvs/routes';
import { Router } from './router';

/** Every REST route of the local site, product APIs and app storage. */
export const apiRouter = new Router([
  ...bulkRoutes,
  ...issueRoutes,
  ...propertyRoutes,
  ...commentRoutes,
  ...transitionRoutes,
  ...linkRoutes,
  ...searchRoutes,
  ...metaRoutes,
  ...agileRoutes,
  ...confluenceRoutes,
  ...kvsRoutes,
]);

/** Paths that are product or storage APIs (the rest are pages). */
export function isApiPath(path: string): boolean {
  return (
    path.startsWith('/rest/') ||
    path.startsWith('/wiki/api/') ||
    path.startsWith('/_forge/')
  );
}

/** Paths that fault injection may touch: product APIs only. */
export function isFaultablePath(path: string): boolean {
  return path.startsWith('/rest/') || path.startsWith('/wiki/api/');
}
