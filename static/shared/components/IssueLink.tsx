import { createContext, useContext } from 'react';
import { openInHost } from '../bridge';
import { isIssueKey, issueUrl } from '../format';

/** The site the page runs in, for links to its issues. */
export const SiteUrlContext = createContext('');

/** A link to a Jira issue; anything that is not an issue key stays text. */
export function IssueLink(props: { readonly issueKey: string }) {
  const siteUrl = useContext(SiteUrlContext);
  if (!isIssueKey(props.issueKey)) {
    return <span className="tm-issue-key">{props.issueKey}</span>;
  }

  const href = issueUrl(siteUrl, props.issueKey);
  return (
    <a
      className="tm-issue-key"
      href={href}
      target="_top"
      onClick={(event) => {
        event.preventDefault();
        void openInHost(href);
      }}
    >
      {props.issueKey}
    </a>
  );
}
