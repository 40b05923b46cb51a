/**
 * The one port through which the app talks to Jira and Confluence. On Forge
 * the adapter in src/forge hands the parts of a `RestPath` to the real
 * `route` tag of @forge/api; locally and in tests the same parts are joined
 * by `joinPath`, which refuses what `route` refuses. Clients never build a
 * URL by string concatenation.
 */
export interface RestPath {
  /** The literal pieces of the template, as a tag function receives them. */
  readonly strings: readonly string[];
  /** The values between them, unencoded. */
  readonly values: readonly string[];
}

/** Builds a RestPath: path`/rest/api/3/issue/${key}/properties/${name}`. */
export function path(
  strings: TemplateStringsArray,
  ...values: (string | number)[]
): RestPath {
  return { strings: [...strings], values: values.map(String) };
}

export interface RestRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: RestPath;
  /** Query parameters, encoded by the requester. */
  readonly query?: Readonly<Record<string, string | number | boolean>>;
  readonly body?: unknown;
  /**
   * Whether sending the request twice has the effect of sending it once.
   * Unset, GET, PUT and DELETE are, POST is not. A retry may repeat an
   * idempotent request after any failure, the others only after a 429
   * (Jira refuses a rate-limited request before acting on it).
   */
  readonly idempotent?: boolean;
}

export interface RestResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  readonly text: () => Promise<string>;
}

/** Sends one request as a given principal; the adapter decides who. */
export type Requester = (request: RestRequest) => Promise<RestResponse>;

const FORBIDDEN_IN_VALUE = /\.\.|[/?#\\]/;

/**
 * Joins a RestPath into a URL path with each value percent-encoded, and
 * refuses a value holding `..`, `/`, `\`, `?` or `#`, as Forge's `route`
 * does, so an issue key from a payload can never walk to another endpoint.
 */
export function joinPath(
  restPath: RestPath,
  query?: RestRequest['query'],
): string {
  let joined = restPath.strings[0] ?? '';
  restPath.values.forEach((value, i) => {
    if (FORBIDDEN_IN_VALUE.test(value)) {
      throw new Error(`unsafe path value at position ${i}`);
    }
    joined += encodeURIComponent(value) + (restPath.strings[i + 1] ?? '');
  });

  if (query === undefined) return joined;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    search.set(key, String(value));
  const text = search.toString();
  return text === '' ? joined : `${joined}?${text}`;
}
