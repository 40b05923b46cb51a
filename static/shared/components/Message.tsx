import type { ReactNode } from 'react';
import type { UiError } from '../../../src/app/contract';
import type { Problem } from '../../../src/model/errors';

export type MessageAppearance = 'information' | 'warning' | 'error' | 'success';

/** A section message; errors and warnings are announced as they appear. */
export function Message(props: {
  readonly appearance: MessageAppearance;
  readonly title?: string;
  readonly children?: ReactNode;
}) {
  const { appearance } = props;
  const modifier =
    appearance === 'information' ? '' : ` tm-message--${appearance}`;
  const urgent = appearance === 'error' || appearance === 'warning';
  return (
    <section
      className={`tm-message${modifier}`}
      role={urgent ? 'alert' : 'status'}
    >
      <span className="tm-message__icon" aria-hidden="true" />
      <div className="tm-message__body">
        {props.title === undefined ? null : (
          <p className="tm-message__title">{props.title}</p>
        )}
        {props.children}
      </div>
    </section>
  );
}

/** Where a problem is, as people read it: `Line 4` or `flows[2].to`. */
export function problemPlace(problem: Problem): string {
  const line = /^line (\d+)$/i.exec(problem.path);
  if (line) return `Line ${line[1] ?? ''}`;
  return problem.path === '' ? 'Model' : problem.path;
}

export function ProblemList(props: { readonly problems: readonly Problem[] }) {
  if (props.problems.length === 0) return null;
  return (
    <ul className="tm-problems">
      {props.problems.map((problem, index) => (
        <li key={`${problem.path}-${index}`}>
          <strong>{problemPlace(problem)}</strong>: {problem.message}
        </li>
      ))}
    </ul>
  );
}

export function ErrorMessage(props: {
  readonly error: UiError;
  readonly title?: string;
  readonly children?: ReactNode;
}) {
  return (
    <Message appearance="error" title={props.title ?? props.error.message}>
      {props.title === undefined ? null : <p>{props.error.message}</p>}
      <ProblemList problems={props.error.problems ?? []} />
      {props.children}
    </Message>
  );
}
