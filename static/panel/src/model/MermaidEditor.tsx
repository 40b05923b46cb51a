import { useRef } from 'react';

/**
 * A plain textarea with a line-number gutter. Lines named by validation
 * problems are marked in the gutter; the messages themselves live in the
 * live region the textarea is described by.
 */
export function MermaidEditor(props: {
  readonly id: string;
  readonly text: string;
  readonly onChange: (text: string) => void;
  readonly errorLines: ReadonlySet<number>;
  readonly describedBy: string;
  readonly readOnly: boolean;
}) {
  const gutter = useRef<HTMLDivElement>(null);
  const lineCount = Math.max(1, props.text.split('\n').length);
  const invalid = props.errorLines.size > 0;

  return (
    <div className="tm-editor">
      <div className="tm-editor__gutter" ref={gutter} aria-hidden="true">
        {Array.from({ length: lineCount }, (_, index) => {
          const line = index + 1;
          const marked = props.errorLines.has(line);
          return (
            <div
              key={line}
              className={marked ? 'tm-editor__line--error' : undefined}
            >
              {line}
            </div>
          );
        })}
      </div>
      <textarea
        id={props.id}
        className="tm-editor__text tm-code"
        value={props.text}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        wrap="off"
        readOnly={props.readOnly}
        aria-invalid={invalid}
        aria-describedby={props.describedBy}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
        onScroll={(event) => {
          if (gutter.current) {
            gutter.current.scrollTop = event.currentTarget.scrollTop;
          }
        }}
      />
    </div>
  );
}

/** Line numbers named by problems whose path reads `line N`. */
export function linesOf(
  problems: readonly { readonly path: string }[],
): ReadonlySet<number> {
  const lines = new Set<number>();
  for (const problem of problems) {
    const match = /^line (\d+)$/i.exec(problem.path);
    if (match) lines.add(Number(match[1]));
  }
  return lines;
}
