import { randomUUID } from 'node:crypto';

import { isRecord, json } from '../http';
import type { ConsumerModule } from '../manifest';
import type { SiteResponse } from '../types';

/**
 * @forge/events 3.0.8 pushes to `/webhook/queue/publish/...` through the
 * app's stargate channel and expects 201. Each event is then delivered,
 * asynchronously, to every consumer of its queue in the manifest.
 * Retries are kept simple: a consumer that throws, or answers
 * `{ _retry: true }` (InvocationError, QueueResponse.retry()), gets the
 * event again after `retryAfter` seconds (default 1), at most
 * MAX_RETRIES times, with `retryContext.retryCount` counting up.
 * `delayInSeconds` and `retryAfter` are multiplied by `timeScale`, so
 * tests can run them at once.
 */
export const MAX_RETRIES = 3;

export interface Delivery {
  readonly consumer: ConsumerModule;
  readonly event: Record<string, unknown>;
}

export interface QueueOptions {
  readonly consumers: () => readonly ConsumerModule[];
  readonly deliver: (delivery: Delivery) => Promise<unknown>;
  readonly duplicate: () => boolean;
  readonly timeScale: number;
  readonly track: (work: Promise<unknown>) => void;
  readonly log: (line: string) => void;
}

interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function wantsRetry(result: unknown): number | null {
  if (!isRecord(result) || result['_retry'] !== true) return null;
  const options = isRecord(result['retryOptions'])
    ? result['retryOptions']
    : {};
  const after = options['retryAfter'];
  return typeof after === 'number' && after > 0 ? after : 1;
}

export class LocalQueue {
  private readonly jobs = new Map<string, JobStats>();

  constructor(private readonly options: QueueOptions) {}

  /** Answers the queue endpoints of the stargate channel. */
  handle(path: string, body: unknown): SiteResponse | null {
    if (!isRecord(body)) return null;
    const jobId = typeof body['jobId'] === 'string' ? body['jobId'] : '';
    if (path.startsWith('/webhook/queue/publish/'))
      return this.push(body, jobId);
    const stats = this.jobs.get(jobId);
    if (path.startsWith('/webhook/queue/stats/')) {
      return stats === undefined
        ? json(404, { message: 'job not found' })
        : json(200, stats);
    }
    if (path.startsWith('/webhook/queue/cancel/')) {
      return stats === undefined
        ? json(404, { message: 'job not found' })
        : { status: 204, headers: {}, body: '' };
    }
    return null;
  }

  private push(body: Record<string, unknown>, jobId: string): SiteResponse {
    const queueName = String(body['queueName']);
    const events = Array.isArray(body['payload'])
      ? body['payload'].filter(isRecord)
      : [];
    const consumers = this.options
      .consumers()
      .filter((c) => c.queue === queueName);
    if (consumers.length === 0)
      this.options.log(`queue ${queueName}: no consumer in manifest.yml`);

    const stats: JobStats = { success: 0, inProgress: 0, failed: 0 };
    this.jobs.set(jobId, stats);
    const copies = this.options.duplicate() ? 2 : 1;
    for (const pushed of events) {
      for (const consumer of consumers) {
        for (let copy = 0; copy < copies; copy += 1) {
          const event = {
            queueName,
            jobId,
            eventId: randomUUID(),
            body: pushed['body'],
            ...(pushed['concurrency'] === undefined
              ? {}
              : { concurrency: pushed['concurrency'] }),
          };
          stats.inProgress += 1;
          const delay =
            Number(pushed['delayInSeconds'] ?? 0) *
            1000 *
            this.options.timeScale;
          this.options.track(this.run(consumer, event, stats, delay));
        }
      }
    }
    return json(201, {});
  }

  private async run(
    consumer: ConsumerModule,
    event: Record<string, unknown>,
    stats: JobStats,
    delayMs: number,
  ) {
    await wait(delayMs);
    for (let attempt = 0; ; attempt += 1) {
      const retryContext =
        attempt === 0
          ? undefined
          : {
              retryCount: attempt,
              retryReason: 'FUNCTION_RETRY_REQUEST',
              retryData: null,
            };
      let retryAfter: number | null;
      try {
        const result = await this.options.deliver({
          consumer,
          event: { ...event, ...(retryContext ? { retryContext } : {}) },
        });
        retryAfter = wantsRetry(result);
      } catch {
        retryAfter = 1;
      }
      if (retryAfter === null || attempt >= MAX_RETRIES) {
        stats.inProgress -= 1;
        if (retryAfter === null) stats.success += 1;
        else stats.failed += 1;
        return;
      }
      await wait(retryAfter * 1000 * this.options.timeScale);
    }
  }
}
