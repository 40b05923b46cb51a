import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec<K extends string> {
  readonly key: K;
  readonly label: ReactNode;
}

/**
 * WAI-ARIA tabs: real buttons, arrow keys move between them, Home and End
 * jump, and only the selected tab sits in the tab order.
 */
export function Tabs<K extends string>(props: {
  readonly label: string;
  readonly tabs: readonly TabSpec<K>[];
  readonly selected: K;
  readonly onSelect: (key: K) => void;
  readonly idPrefix: string;
}) {
  const refs = useRef(new Map<K, HTMLButtonElement>());

  const move = (event: KeyboardEvent, index: number): void => {
    const last = props.tabs.length - 1;
    const next = nextIndex(event.key, index, last);
    if (next === null) return;

    event.preventDefault();
    const tab = props.tabs[next];
    if (tab === undefined) return;
    props.onSelect(tab.key);
    refs.current.get(tab.key)?.focus();
  };

  return (
    <div className="tm-tabs" role="tablist" aria-label={props.label}>
      {props.tabs.map((tab, index) => {
        const selected = tab.key === props.selected;
        return (
          <button
            key={tab.key}
            ref={(node) => {
              if (node) refs.current.set(tab.key, node);
            }}
            type="button"
            role="tab"
            className="tm-tab"
            id={`${props.idPrefix}-tab-${tab.key}`}
            aria-selected={selected}
            aria-controls={`${props.idPrefix}-panel-${tab.key}`}
            tabIndex={selected ? 0 : -1}
            onClick={() => {
              props.onSelect(tab.key);
            }}
            onKeyDown={(event) => {
              move(event, index);
            }}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

function nextIndex(key: string, index: number, last: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return index === last ? 0 : index + 1;
    case 'ArrowLeft':
      return index === 0 ? last : index - 1;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

export function TabPanel(props: {
  readonly idPrefix: string;
  readonly tabKey: string;
  readonly children: ReactNode;
}) {
  return (
    <div
      role="tabpanel"
      id={`${props.idPrefix}-panel-${props.tabKey}`}
      aria-labelledby={`${props.idPrefix}-tab-${props.tabKey}`}
      tabIndex={0}
    >
      {props.children}
    </div>
  );
}
