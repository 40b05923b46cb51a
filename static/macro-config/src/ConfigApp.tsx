import { useEffect, useState, type SyntheticEvent } from 'react';
import {
  closeView,
  loadHostContext,
  submitMacroConfig,
} from '../../shared/bridge';
import { Message } from '../../shared/components/Message';
import { Loading } from '../../shared/components/Status';
import {
  checkForm,
  MAX_JQL_LENGTH,
  valuesFrom,
  type Checked,
  type FormValues,
} from './config-form';

/** The macro's config screen: one epic, or a JQL for a portfolio. */
export function ConfigApp() {
  const [values, setValues] = useState<FormValues | null>(null);
  const [shown, setShown] = useState<Checked | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    void loadHostContext().then((host) => {
      setValues(valuesFrom(host.config));
    });
  }, []);

  if (values === null) return <Loading label="Loading the settings…" />;

  const invalid = shown !== null && !shown.ok ? shown : null;
  const set = (patch: Partial<FormValues>): void => {
    setValues({ ...values, ...patch });
    setShown(null);
  };
  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    const checked = checkForm(values);
    setShown(checked);
    if (!checked.ok) return;
    try {
      await submitMacroConfig(checked.config);
    } catch {
      setSaveError('The settings could not be saved. Try again.');
    }
  };

  return (
    <form
      className="tm-config tm-stack"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h2>Threat model risk report</h2>
      <fieldset className="tm-config__choice">
        <legend className="tm-label">Report on</legend>
        <label className="tm-check">
          <input
            type="radio"
            name="source"
            checked={values.source === 'epic'}
            onChange={() => {
              set({ source: 'epic' });
            }}
          />
          One epic
        </label>
        <label className="tm-check">
          <input
            type="radio"
            name="source"
            checked={values.source === 'jql'}
            onChange={() => {
              set({ source: 'jql' });
            }}
          />
          A portfolio of epics found by JQL
        </label>
      </fieldset>
      {values.source === 'epic' ? (
        <div className="tm-field">
          <label className="tm-label" htmlFor="tm-epic-key">
            Epic key
          </label>
          <input
            id="tm-epic-key"
            className="tm-input"
            value={values.epicKey}
            placeholder="ENG-42"
            autoComplete="off"
            aria-invalid={invalid?.field === 'epicKey'}
            aria-describedby="tm-config-error"
            onChange={(event) => {
              set({ epicKey: event.target.value });
            }}
          />
        </div>
      ) : (
        <div className="tm-field">
          <label className="tm-label" htmlFor="tm-jql">
            JQL
          </label>
          <textarea
            id="tm-jql"
            className="tm-textarea tm-code"
            rows={4}
            value={values.jql}
            placeholder="project = ENG AND issuetype = Epic"
            aria-invalid={invalid?.field === 'jql'}
            aria-describedby="tm-config-error tm-jql-help"
            onChange={(event) => {
              set({ jql: event.target.value });
            }}
          />
          <span id="tm-jql-help" className="tm-small">
            At most 50 epics, {MAX_JQL_LENGTH} characters; only epics the reader
            may see are shown.
          </span>
        </div>
      )}
      <div id="tm-config-error" role="alert" className="tm-text-danger">
        {invalid?.message ?? ''}
      </div>
      {saveError === null ? null : (
        <Message appearance="error" title={saveError} />
      )}
      <div className="tm-row">
        <button type="submit" className="tm-button tm-button--primary">
          Save
        </button>
        <button
          type="button"
          className="tm-button"
          onClick={() => void closeView()}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
