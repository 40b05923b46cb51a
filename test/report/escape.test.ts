import MarkdownIt from 'markdown-it';
import { escapeMarkdown } from '../../src/report';

/** Raw HTML is let through, so only the escaping stands in its way. */
const markdownIt = new MarkdownIt({ html: true, linkify: false });

/** Renders one table whose first data cell holds the text. */
function renderInCell(text: string): string {
  const markdown = `| a | b |\n| --- | --- |\n| ${escapeMarkdown(text)} | end |\n`;
  return markdownIt.render(markdown);
}

/** The text a cell shows, once its HTML entities are read back. */
function cellText(html: string): string | undefined {
  const cell = /<td>([\s\S]*?)<\/td>/.exec(html)?.[1];
  return cell
    ?.replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

describe('escapeMarkdown', () => {
  test.each([
    ['a | b', 'a \\| b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['*bold* and _it_', '\\*bold\\* and \\_it\\_'],
    ['`code`', '\\`code\\`'],
    ['[link](javascript:x)', '\\[link\\](javascript:x)'],
    ['line one\nline two\r\nthree', 'line one line two three'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. first', '1\\. first'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['plain name', 'plain name'],
  ])('writes %j as %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it('drops control and direction-override characters', () => {
    expect(escapeMarkdown('a\u0000b\u001b[31mc\u202ed')).toBe('ab\\[31mcd');
  });

  test.each([
    ['"><img src=x onerror=alert(1)>'],
    ['<script>alert(1)</script>'],
    ['name | with | pipes'],
    ['**strong** `tick` ~~gone~~ _em_'],
    ['![img](http://x/y.png) [a](javascript:alert(1))'],
    ['two\nlines\n\n# and a heading'],
    ['<a href="javascript:alert(1)">x</a>'],
    ['\\| backslash pipe \\'],
  ])('renders %j in a table cell as the same text and no markup', (text) => {
    const html = renderInCell(text);

    expect(html.match(/<td>/g)).toHaveLength(2);
    expect(html).not.toMatch(/<(?!\/?(table|thead|tbody|tr|th|td)>)/);
    expect(cellText(html)).toBe(text.replace(/\s+/g, ' ').trim());
  });

  test.each([
    ['# title'],
    ['- dash'],
    ['+ plus'],
    ['3) three'],
    ['== under'],
    ['> quote'],
  ])('keeps %j a plain list item, not a nested block', (text) => {
    const html = markdownIt.render(`- ${escapeMarkdown(text)}\n`);

    expect(html.trim()).toBe(
      `<ul>\n<li>${text.replace('>', '&gt;')}</li>\n</ul>`,
    );
  });
});

describe('escapeMarkdown on plain text', () => {
  test.each([['Payment Processing Service'], ['api/v1 (internal): 3.5%']])(
    'leaves %j as it is',
    (text) => {
      expect(escapeMarkdown(text)).toBe(text);
    },
  );

  it('takes linear time on a long word that is almost plain', () => {
    const text = `${'a'.repeat(50_000)}*`;

    expect(escapeMarkdown(text)).toBe(`${'a'.repeat(50_000)}\\*`);
  });

  test.each([
    ['snake_case_name', 'snake\\_case\\_name'],
    ['trailing ', 'trailing'],
    ['2) two', '2\\) two'],
  ])('still escapes %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});
