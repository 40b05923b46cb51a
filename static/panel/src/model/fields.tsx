import type { ChangeEvent } from 'react';
import { wordsOf } from '../../../shared/format';

/** Small table controls for the attribute tables. */

export function TriState(props: {
  readonly label: string;
  readonly value: boolean | undefined;
  readonly onChange: (value: boolean | undefined) => void;
  readonly disabled: boolean;
}) {
  const value =
    props.value === undefined ? 'unknown' : props.value ? 'yes' : 'no';
  const change = (event: ChangeEvent<HTMLSelectElement>): void => {
    const next = event.target.value;
    props.onChange(next === 'unknown' ? undefined : next === 'yes');
  };
  return (
    <select
      className="tm-select tm-select--compact"
      aria-label={props.label}
      value={value}
      disabled={props.disabled}
      onChange={change}
    >
      <option value="unknown">Unknown</option>
      <option value="yes">Yes</option>
      <option value="no">No</option>
    </select>
  );
}

export function Choice<T extends string>(props: {
  readonly label: string;
  readonly value: T | undefined;
  readonly options: readonly T[];
  readonly onChange: (value: T | undefined) => void;
  readonly disabled: boolean;
  /** The text of an empty choice; without it a value is required. */
  readonly emptyText?: string;
  readonly optionText?: (value: T) => string;
}) {
  const text = props.optionText ?? wordsOf;
  const change = (event: ChangeEvent<HTMLSelectElement>): void => {
    const next = props.options.find((option) => option === event.target.value);
    props.onChange(next);
  };
  return (
    <select
      className="tm-select tm-select--compact"
      aria-label={props.label}
      value={props.value ?? ''}
      disabled={props.disabled}
      onChange={change}
    >
      {props.emptyText === undefined ? null : (
        <option value="">{props.emptyText}</option>
      )}
      {props.options.map((option) => (
        <option key={option} value={option}>
          {text(option)}
        </option>
      ))}
    </select>
  );
}

/** Sets or removes one optional key, so "unknown" never saves as false. */
export function withOptional<T extends object, K extends keyof T>(
  item: T,
  key: K,
  value: T[K] | undefined,
): T {
  if (value !== undefined) return { ...item, [key]: value };

  const kept = Object.entries(item).filter(([name]) => name !== key);
  return Object.fromEntries(kept) as T;
}
