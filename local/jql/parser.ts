import { JqlError, tokenize, type Token } from './lexer';

/**
 * The JQL subset the app needs: clauses joined by AND, OR, NOT and
 * parentheses, operators `=`, `!=`, `IN`, `NOT IN`, `IS [NOT] EMPTY`, and
 * `ORDER BY` a list of fields. Anything else fails as Jira fails: 400 with
 * a message naming what was expected and where.
 */
export type FieldRef =
  | { readonly kind: 'field'; readonly name: string }
  | { readonly kind: 'property'; readonly key: string; readonly path: string };

export type Operator = '=' | '!=' | 'in' | 'not in' | 'is' | 'is not';

export type JqlNode =
  | {
      readonly kind: 'and' | 'or';
      readonly left: JqlNode;
      readonly right: JqlNode;
    }
  | { readonly kind: 'not'; readonly node: JqlNode }
  | {
      readonly kind: 'clause';
      readonly field: FieldRef;
      readonly operator: Operator;
      /** Empty for `EMPTY` / `NULL`. */
      readonly values: readonly string[];
    };

export interface OrderBy {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

export interface JqlQuery {
  readonly where: JqlNode | null;
  readonly orderBy: readonly OrderBy[];
}

const KEYWORDS = [
  'and',
  'or',
  'not',
  'in',
  'is',
  'empty',
  'null',
  'order',
  'by',
];

class Parser {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): JqlQuery {
    const where = this.isWord('order') ? null : this.orExpression();
    const orderBy = this.isWord('order') ? this.orderBy() : [];
    const extra = this.peek();
    if (extra !== undefined) throw this.unexpected(extra, 'a logical operator');
    return { where, orderBy };
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private next(): Token | undefined {
    const token = this.tokens[this.index];
    this.index += 1;
    return token;
  }

  private isWord(word: string): boolean {
    const token = this.peek();
    return token?.kind === 'word' && token.text.toLowerCase() === word;
  }

  private isPunct(text: string): boolean {
    const token = this.peek();
    return token?.kind === 'punct' && token.text === text;
  }

  private unexpected(token: Token | undefined, expected: string): JqlError {
    if (token === undefined) {
      return new JqlError(
        `Error in the JQL Query: Expecting ${expected} before the end of the query.`,
      );
    }
    return new JqlError(
      `Error in the JQL Query: Expecting ${expected} but got '${token.text}'. ` +
        `The error occurred around character ${token.at}.`,
    );
  }

  private orExpression(): JqlNode {
    let node = this.andExpression();
    while (this.isWord('or')) {
      this.next();
      node = { kind: 'or', left: node, right: this.andExpression() };
    }
    return node;
  }

  private andExpression(): JqlNode {
    let node = this.notExpression();
    while (this.isWord('and')) {
      this.next();
      node = { kind: 'and', left: node, right: this.notExpression() };
    }
    return node;
  }

  private notExpression(): JqlNode {
    if (this.isWord('not')) {
      this.next();
      return { kind: 'not', node: this.notExpression() };
    }
    if (this.isPunct('(')) {
      this.next();
      const node = this.orExpression();
      if (!this.isPunct(')')) throw this.unexpected(this.peek(), "')'");
      this.next();
      return node;
    }
    return this.clause();
  }

  private clause(): JqlNode {
    const token = this.next();
    let field: FieldRef;
    if (token?.kind === 'property') {
      field = {
        kind: 'property',
        key: token.key.replace(/^["']|["']$/g, ''),
        path: token.path,
      };
    } else if (
      (token?.kind === 'word' &&
        !KEYWORDS.includes(token.text.toLowerCase())) ||
      token?.kind === 'string'
    ) {
      field = { kind: 'field', name: token.text.toLowerCase() };
    } else {
      throw this.unexpected(token, 'a field name');
    }

    const operator = this.operator();
    if (operator === 'is' || operator === 'is not') {
      if (!this.isWord('empty') && !this.isWord('null')) {
        throw this.unexpected(this.peek(), "'EMPTY' or 'NULL'");
      }
      this.next();
      return { kind: 'clause', field, operator, values: [] };
    }
    const values =
      operator === 'in' || operator === 'not in' ? this.list() : [this.value()];
    return { kind: 'clause', field, operator, values };
  }

  private operator(): Operator {
    const token = this.next();
    if (
      token?.kind === 'punct' &&
      (token.text === '=' || token.text === '!=')
    ) {
      return token.text;
    }
    const word = token?.kind === 'word' ? token.text.toLowerCase() : '';
    if (word === 'in') return 'in';
    if (word === 'is') {
      if (this.isWord('not')) {
        this.next();
        return 'is not';
      }
      return 'is';
    }
    if (word === 'not' && this.isWord('in')) {
      this.next();
      return 'not in';
    }
    throw this.unexpected(token, 'operator');
  }

  private value(): string {
    const token = this.next();
    if (token?.kind === 'string') return token.text;
    if (
      token?.kind === 'word' &&
      !KEYWORDS.includes(token.text.toLowerCase())
    ) {
      return token.text;
    }
    throw this.unexpected(token, 'either a value, list or function');
  }

  private list(): string[] {
    if (!this.isPunct('(')) throw this.unexpected(this.peek(), "'('");
    this.next();
    const values = [this.value()];
    while (this.isPunct(',')) {
      this.next();
      values.push(this.value());
    }
    if (!this.isPunct(')')) throw this.unexpected(this.peek(), "')'");
    this.next();
    return values;
  }

  private orderBy(): OrderBy[] {
    this.next();
    if (!this.isWord('by')) throw this.unexpected(this.peek(), "'by'");
    this.next();
    const order: OrderBy[] = [];
    do {
      if (order.length > 0) this.next();
      const field = this.next();
      if (field?.kind !== 'word' && field?.kind !== 'string') {
        throw this.unexpected(field, 'a field name');
      }
      let direction: 'asc' | 'desc' = 'asc';
      if (this.isWord('desc')) direction = 'desc';
      if (this.isWord('asc') || this.isWord('desc')) this.next();
      order.push({ field: field.text.toLowerCase(), direction });
    } while (this.isPunct(','));
    return order;
  }
}

export function parseJql(source: string): JqlQuery {
  return new Parser(tokenize(source)).parse();
}

export { JqlError };
