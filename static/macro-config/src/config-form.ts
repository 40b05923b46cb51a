import type { RiskReportConfig } from '../../../src/app/contract';

/** The macro config form's rules, apart from its markup. */

export const MAX_JQL_LENGTH = 2000;
const EPIC_KEY = /^[A-Z][A-Z0-9_]{0,29}-[1-9][0-9]{0,9}$/;

export type Source = RiskReportConfig['source'];

export interface FormValues {
  readonly source: Source;
  readonly epicKey: string;
  readonly jql: string;
}

export type Checked =
  | { readonly ok: true; readonly config: RiskReportConfig }
  | {
      readonly ok: false;
      readonly field: 'epicKey' | 'jql';
      readonly message: string;
    };

export function checkForm(values: FormValues): Checked {
  switch (values.source) {
    case 'epic': {
      const epicKey = values.epicKey.trim().toUpperCase();
      if (!EPIC_KEY.test(epicKey)) {
        return {
          ok: false,
          field: 'epicKey',
          message: 'Enter an issue key such as ENG-42.',
        };
      }
      return { ok: true, config: { source: 'epic', epicKey } };
    }
    case 'jql': {
      const jql = values.jql.trim();
      if (jql === '') {
        return { ok: false, field: 'jql', message: 'Enter a JQL query.' };
      }
      if (jql.length > MAX_JQL_LENGTH) {
        return {
          ok: false,
          field: 'jql',
          message: `Keep the JQL under ${MAX_JQL_LENGTH} characters (it has ${jql.length}).`,
        };
      }
      return { ok: true, config: { source: 'jql', jql } };
    }
  }
}

/** Reads a saved config defensively: it comes back from page storage. */
export function valuesFrom(
  saved: Readonly<Record<string, unknown>> | null,
): FormValues {
  const epicKey = typeof saved?.epicKey === 'string' ? saved.epicKey : '';
  const jql = typeof saved?.jql === 'string' ? saved.jql : '';
  return { source: saved?.source === 'jql' ? 'jql' : 'epic', epicKey, jql };
}
