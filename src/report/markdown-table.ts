/**
 * A GitHub-flavoured Markdown table. Cells must already be escaped (see
 * `escapeMarkdown`): this only lays them out, one row per line.
 */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell) => cell || ' ').join(' | ')} |`;

  return [
    line(headers),
    line(headers.map(() => '---')),
    ...rows.map(line),
  ].join('\n');
}
