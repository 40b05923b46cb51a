import { useCallback, useEffect, useState } from 'react';
import type { RiskReport, UiError } from '../../../src/app/contract';
import { callResolver, loadHostContext } from '../../shared/bridge';
import { SiteUrlContext } from '../../shared/components/IssueLink';
import { ErrorMessage, Message } from '../../shared/components/Message';
import { EmptyState, Loading } from '../../shared/components/Status';
import { EpicReport } from './EpicReport';
import { Portfolio } from './Portfolio';

type Load =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: UiError }
  | {
      readonly status: 'ready';
      readonly report: RiskReport;
      readonly portfolio: boolean;
    };

/** The Confluence macro: the live risk report of one epic or many. */
export function MacroApp() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [siteUrl, setSiteUrl] = useState('');

  const fetchReport = useCallback(async () => {
    setLoad({ status: 'loading' });
    const [host, result] = await Promise.all([
      loadHostContext(),
      callResolver('getRiskReport', {}),
    ]);
    setSiteUrl(host.siteUrl);
    if (!result.ok) {
      setLoad({ status: 'failed', error: result.error });
      return;
    }
    const portfolio =
      host.config?.source === 'jql' || result.data.epics.length > 1;
    setLoad({ status: 'ready', report: result.data, portfolio });
  }, []);

  useEffect(() => {
    void fetchReport();
  }, [fetchReport]);

  return (
    <SiteUrlContext.Provider value={siteUrl}>
      <Body load={load} onRetry={() => void fetchReport()} />
    </SiteUrlContext.Provider>
  );
}

function Body(props: { readonly load: Load; readonly onRetry: () => void }) {
  const { load } = props;
  switch (load.status) {
    case 'loading':
      return <Loading label="Loading the risk report…" />;
    case 'failed':
      if (load.error.code === 'NOT_CONFIGURED') {
        return (
          <Message appearance="information" title="Choose what to report">
            <p>Edit this macro and pick an epic, or a JQL for a portfolio.</p>
          </Message>
        );
      }
      return (
        <ErrorMessage error={load.error} title="The risk report could not load">
          <button type="button" className="tm-button" onClick={props.onRetry}>
            Try again
          </button>
        </ErrorMessage>
      );
    case 'ready': {
      const [first] = load.report.epics;
      if (first === undefined) {
        return <EmptyState title="No epic to report on" />;
      }
      return load.portfolio ? (
        <Portfolio report={load.report} />
      ) : (
        <EpicReport entry={first} />
      );
    }
  }
}
