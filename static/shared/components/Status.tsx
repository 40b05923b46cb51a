import type { ReactNode } from 'react';

export function Spinner(props: { readonly label: string }) {
  return (
    <span className="tm-row" role="status">
      <span className="tm-spinner" aria-hidden="true" />
      <span>{props.label}</span>
    </span>
  );
}

export function Loading(props: { readonly label: string }) {
  return (
    <div className="tm-empty">
      <Spinner label={props.label} />
    </div>
  );
}

export function EmptyState(props: {
  readonly title: string;
  readonly children?: ReactNode;
}) {
  return (
    <div className="tm-empty">
      <h3>{props.title}</h3>
      {props.children}
    </div>
  );
}
