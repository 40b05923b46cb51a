import { useEffect, useState } from 'react';
import { loadHostContext } from '../../shared/bridge';
import { SiteUrlContext } from '../../shared/components/IssueLink';
import { ErrorMessage } from '../../shared/components/Message';
import { Loading } from '../../shared/components/Status';
import { Panel } from './Panel';
import { useEpic } from './use-epic';

/** A performance mark the browser tests read; once per page. */
function markFirstRender(): void {
  if (typeof performance.mark !== 'function') return;
  if (performance.getEntriesByName(FIRST_RENDER).length > 0) return;
  performance.mark(FIRST_RENDER);
}

export const FIRST_RENDER = 'tm-panel-first-render';

/** The Jira epic panel: loads the epic's state, then shows the panel. */
export function PanelApp(props: { readonly pollMs?: number }) {
  const { load, refresh, retry, replace } = useEpic();
  const [siteUrl, setSiteUrl] = useState('');

  useEffect(() => {
    void loadHostContext().then((host) => {
      setSiteUrl(host.siteUrl);
    });
  }, []);

  const ready = load.status === 'ready';
  useEffect(() => {
    if (ready) markFirstRender();
  }, [ready]);

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
