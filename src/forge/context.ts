import { z } from 'zod';
import type { Caller } from '../app/ports';

/**
 * The caller as the Forge platform describes it in `context`. Only the
 * platform writes these fields; the browser controls the payload alone.
 */
const Context = z.object({
  accountId: z.string().min(1).max(128).optional(),
  extension: z
    .object({
      issue: z.object({ key: z.string().max(300) }).optional(),
      config: z.unknown().optional(),
    })
    .optional(),
});

export function callerOf(context: unknown): Caller {
  const parsed = Context.safeParse(context);
  if (!parsed.success) return { accountId: 'unknown' };

  const { accountId, extension } = parsed.data;
  return {
    accountId: accountId ?? 'unknown',
    ...(extension?.issue === undefined
      ? {}
      : { issueKey: extension.issue.key }),
    ...(extension?.config === undefined
      ? {}
      : { macroConfig: extension.config }),
  };
}
