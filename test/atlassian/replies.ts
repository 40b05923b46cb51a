import {
  joinPath,
  type Requester,
  type RestRequest,
  type RestResponse,
} from '../../src/atlassian/request';

/** A response as a Requester hands it back. */
export function reply(
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): RestResponse {
  const lower = new Map(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const text =
    body === undefined
      ? ''
      : typeof body === 'string'
        ? body
        : JSON.stringify(body);

  return {
    status,
    headers: { get: (name) => lower.get(name.toLowerCase()) ?? null },
    text: () => Promise.resolve(text),
  };
}

/**
 * A requester that answers from a script, one step per call, and keeps
 * what it was sent (with the joined URL, so tests see what Jira would).
 */
export function scripted(
  steps: (RestResponse | Error | ((request: RestRequest) => RestResponse))[],
): Requester & { sent: (RestRequest & { url: string })[] } {
  const sent: (RestRequest & { url: string })[] = [];
  const requester = (request: RestRequest): Promise<RestResponse> => {
    sent.push({ ...request, url: joinPath(request.path, request.query) });
    const step = steps[sent.length - 1];
    if (step === undefined) return Promise.reject(new Error('script ended'));
    if (step instanceof Error) return Promise.reject(step);
    return Promise.resolve(typeof step === 'function' ? step(request) : step);
  };
  return Object.assign(requester, { sent });
}
