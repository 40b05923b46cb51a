import { useEffect, useState } from 'react';
import { loadHostContext } from '../../shared/bridge';
import { SiteUrlContext } from '../../shared/components/IssueLink';
import { ErrorMessage } from '../../shared/components/Message';
import { Loading } from '../../shared/components/Status';
import { Panel } from './Panel';
import { useEpic } from './use-epic';

/** The Jira epic panel: loads the epic's state, then shows the panel. */
export function PanelApp(props: { readonly pollMs?: number }) {
  const { load, refresh, retry, replace } = useEpic();
  const [siteUrl, setSiteUrl] = useState('');

  useEffect(() => {
    void loadHostContext().then((host) => {
      setSiteUrl(host.siteUrl);
    });
  }, []);

  switch (load.status) {
    case 'loading':
      return <Loading label="Loading the threat model…" />;
    case 'failed':
      return (
        <ErrorMessage
          error={load.error}
          title="The threat model could not load"
        >
          <button type="button" className="tm-button" onClick={retry}>
            Try again
          </button>
        </ErrorMessage>
      );
    case 'ready':
      return (
        <SiteUrlContext.Provider value={siteUrl}>
          <Panel
            state={load.state}
            refresh={refresh}
            replace={replace}
            pollMs={props.pollMs ?? 1000}
          />
        </SiteUrlContext.Provider>
      );
  }
}
