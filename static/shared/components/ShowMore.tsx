import { useEffect, useState } from 'react';

/**
 * Long lists show a page at a time: an epic with a hundred threats or two
 * hundred tickets stays readable, and the rest is one button away.
 */
export function useShowMore<T>(items: readonly T[], pageSize: number) {
  const [limit, setLimit] = useState(pageSize);
  const total = items.length;

  useEffect(() => {
    const showAll = (): void => {
      setLimit(total);
    };
    window.addEventListener('beforeprint', showAll);
    return () => {
      window.removeEventListener('beforeprint', showAll);
    };
  }, [total]);

  return {
    shown: items.slice(0, limit),
    hidden: Math.max(0, items.length - limit),
    more: () => {
      setLimit(limit + pageSize);
    },
    all: () => {
      setLimit(items.length);
    },
  };
}

export function ShowMore(props: {
  readonly hidden: number;
  readonly pageSize: number;
  readonly onMore: () => void;
  readonly onAll: () => void;
}) {
  if (props.hidden === 0) return null;
  const next = Math.min(props.hidden, props.pageSize);
  return (
    <div className="tm-row tm-show-more">
      <button type="button" className="tm-button" onClick={props.onMore}>
        Show {next} more
      </button>
      {props.hidden > next ? (
        <button
          type="button"
          className="tm-button tm-button--subtle"
          onClick={props.onAll}
        >
          Show all ({props.hidden} more)
        </button>
      ) : null}
    </div>
  );
}
