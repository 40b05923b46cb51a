import { z } from 'zod';
import { formatPath } from '../model/validate';
import { SEVERITIES } from '../model/vocabulary';
import { AppError } from './app-error';

/**
 * Every payload the browser sends, as a strict, bounded schema: an unknown
 * field (say, an `issueKey` pointing at another epic) is refused, never
 * read. The epic itself always comes from the Forge context.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const MAX_MODEL_CHARS = 5 * 1024 * 1024;

const Empty = z.strictObject({});
const Revision = z.number().int().min(0).max(1_000_000_000);

/** The model is checked by the engine; here only its size is bounded. */
const ModelPayload = z
  .unknown()
  .refine((value) => value !== undefined, 'is required')
  .refine(
    (value) => jsonLength(value) <= MAX_MODEL_CHARS,
    'is larger than 5 MiB',
  );

function jsonLength(value: unknown): number {
  // JSON.stringify answers undefined for undefined, whatever its type says.
  const text = JSON.stringify(value) as string | undefined;
  return text?.length ?? 0;
}

const PriorityName = z.string().trim().min(1).max(60);

export const SettingsSchema = z.strictObject({
  backlogProjectKey: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{0,254}$/, 'must be a Jira project key'),
  issueType: z.string().trim().min(1).max(60),
  labels: z
    .array(z.string().regex(/^[^\s]{1,100}$/, 'must be one word'))
    .max(10),
  priorities: z.strictObject(
    Object.fromEntries(SEVERITIES.map((s) => [s, PriorityName])) as Record<
      (typeof SEVERITIES)[number],
      typeof PriorityName
    >,
  ),
  sprint: z.enum(['none', 'active', 'next']),
  /** Absent from settings saved before it existed: those keep parsing. */
  ticketScope: z.enum(['recommended', 'all']).default('recommended'),
});

export const payloadSchemas = {
  getEpicState: Empty,
  saveModel: z.strictObject({ baseRevision: Revision, model: ModelPayload }),
  importModel: z.strictObject({
    baseRevision: Revision,
    fileName: z.string().min(1).max(255),
    text: z.string().max(MAX_IMPORT_BYTES),
  }),
  analyze: Empty,
  previewBacklog: Empty,
  syncBacklog: Empty,
  getSyncProgress: z.strictObject({
    jobId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'is not a job id'),
  }),
  getSettings: Empty,
  saveSettings: SettingsSchema,
  getRiskReport: Empty,
};

/** Parses a payload, or throws INVALID_PAYLOAD naming each field at fault. */
export function parsePayload(schema: z.ZodType, payload: unknown): unknown {
  const parsed = schema.safeParse(payload ?? {});
  if (parsed.success) return parsed.data;

  const problems = parsed.error.issues.map((issue) => ({
    path: issuePath(issue),
    message: issue.message,
  }));
  const first = problems[0];
  throw new AppError(
    'INVALID_PAYLOAD',
    first === undefined
      ? 'The request is not valid.'
      : `The request is not valid: ${first.path || '(payload)'} ${first.message}.`,
    problems,
  );
}

function issuePath(issue: z.core.$ZodIssue): string {
  const base = formatPath(issue.path);
  if (issue.code !== 'unrecognized_keys') return base;
  return issue.keys.map((key) => (base ? `${base}.${key}` : key)).join(', ');
}
