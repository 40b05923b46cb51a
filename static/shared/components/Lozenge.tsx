import type { ReactNode } from 'react';
import type { TicketRef } from '../../../src/app/contract';
import type { Severity } from '../../../src/model/vocabulary';
import { severityText, ticketStatusText } from '../format';

export type Appearance =
  | 'default'
  | 'success'
  | 'removed'
  | 'removed-bold'
  | 'inprogress'
  | 'new'
  | 'moved';

export function Lozenge(props: {
  readonly appearance?: Appearance;
  readonly children: ReactNode;
}) {
  const appearance = props.appearance ?? 'default';
  const modifier = appearance === 'default' ? '' : ` tm-lozenge--${appearance}`;
  return <span className={`tm-lozenge${modifier}`}>{props.children}</span>;
}

function severityAppearance(severity: Severity): Appearance {
  switch (severity) {
    case 'critical':
      return 'removed-bold';
    case 'high':
      return 'removed';
    case 'medium':
      return 'moved';
    case 'low':
      return 'inprogress';
    case 'note':
      return 'default';
  }
}

export function SeverityLozenge(props: { readonly severity: Severity }) {
  return (
    <Lozenge appearance={severityAppearance(props.severity)}>
      {severityText(props.severity)}
    </Lozenge>
  );
}

function statusAppearance(status: TicketRef['statusCategory']): Appearance {
  switch (status) {
    case 'new':
      return 'default';
    case 'indeterminate':
      return 'inprogress';
    case 'done':
      return 'success';
  }
}

export function StatusLozenge(props: {
  readonly status: TicketRef['statusCategory'];
}) {
  return (
    <Lozenge appearance={statusAppearance(props.status)}>
      {ticketStatusText(props.status)}
    </Lozenge>
  );
}
