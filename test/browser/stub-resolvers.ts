import type {
  EpicState,
  ResolverContract,
  ResolverName,
  Result,
  SyncProgress,
  TicketRef,
} from '../../src/app/contract';
import {
  parseModel,
  ThreatModelError,
  type ThreatModel,
} from '../../src/model';
import { compactAnswer } from '../../src/app/wire-answers';
import { epicState, shopAnalysis, shopModel } from '../ui/fixtures';

/**
 * Resolvers for the stub host: one epic in memory, the hand-built shop
 * analysis, tickets that a test can mark done. Only the local site runs
 * the real resolver code; this checks the UI in a real browser meanwhile.
 */
export class StubEpic {
  revision = 2;
  model: ThreatModel;
  analyzedRevision: number | null = null;
  tickets: TicketRef[] = [];
  private job: SyncProgress | null = null;
  private readonly history = [...epicState().history];

  constructor(model: ThreatModel = shopModel()) {
    this.model = model;
  }

  state(): EpicState {
    const done = this.tickets.some((t) => t.statusCategory === 'done');
    return epicState({
      model: this.model,
      revision: this.revision,
      analysis:
        this.analyzedRevision === null ? null : shopAnalysis(this.model, done),
      analyzedRevision: this.analyzedRevision,
      stale:
        this.analyzedRevision !== null &&
        this.analyzedRevision !== this.revision,
      tickets: this.tickets,
      history: this.history,
    });
  }

  markDone(issueKey: string): void {
    this.tickets = this.tickets.map((t) =>
      t.issueKey === issueKey ? { ...t, statusCategory: 'done' } : t,
    );
  }

  handle(name: string, payload: unknown): unknown {
    switch (name) {
      case 'invoke': {
        const call = payload as { functionKey: ResolverName; payload: never };
        const result = this.invoke(call.functionKey, call.payload);
        // Sent as the resolvers send it: an analysis in its wire form.
        if (!result.ok) return result;
        return {
          ok: true,
          data: compactAnswer(call.functionKey, result.data as never),
        };
      }
      case 'getContext':
        return {
          siteUrl: '',
          theme: null,
          extension: { config: { source: 'epic', epicKey: 'ENG-1' } },
        };
      default:
        return true;
    }
  }

  private invoke<N extends ResolverName>(
    name: N,
    payload: ResolverContract[N]['payload'],
  ): Result<unknown> {
    switch (name) {
      case 'getEpicState':
        return ok(this.state());
      case 'saveModel':
        return this.save(payload as ResolverContract['saveModel']['payload']);
      case 'analyze':
        this.analyzedRevision = this.revision;
        return ok(this.state());
      case 'previewBacklog':
        return ok(this.plan());
      case 'syncBacklog':
        this.job = {
          jobId: 'job-1',
          state: 'running',
          total: 2,
          done: 0,
          created: [],
        };
        return ok(this.job);
      case 'getSyncProgress':
        return ok(this.advance());
      case 'getRiskReport': {
        const state = this.state();
        return ok({
          epics: [{ ...state, epic: state.epic }],
          truncated: false,
        });
      }
      default:
        return {
          ok: false,
          error: { code: 'INTERNAL', message: `the stub has no ${name}` },
        };
    }
  }

  private save(
    payload: ResolverContract['saveModel']['payload'],
  ): Result<unknown> {
    if (payload.baseRevision !== this.revision) {
      return {
        ok: false,
        error: { code: 'CONFLICT', message: 'The model changed.' },
      };
    }
    try {
      this.model = parseModel(payload.model);
    } catch (error) {
      const problems = error instanceof ThreatModelError ? error.problems : [];
      return {
        ok: false,
        error: { code: 'INVALID_MODEL', message: 'Invalid model', problems },
      };
    }
    this.revision += 1;
    this.history.push({
      revision: this.revision,
      accountId: 'alice',
      at: '2026-12-04T12:00:00Z',
      change: { added: 1, removed: 0, changed: 0 },
    });
    return ok({ revision: this.revision });
  }

  private plan() {
    const drafts = ['param-queries@api', 'short-sessions@api'].map((key) => ({
      mitigationKey: key,
      summary: `Mitigate ${key}`,
      priority: 'High',
      projectKey: 'SEC',
      issueType: 'Task',
      labels: ['threat-model'],
      sprint: 'Sprint 12',
      threats: [],
      severity: 'high' as const,
    }));
    return {
      create: drafts.filter(
        (d) => !this.tickets.some((t) => t.mitigationKey === d.mitigationKey),
      ),
      unchanged: this.tickets,
      obsolete: [],
    };
  }

  private advance(): SyncProgress {
    const job = this.job ?? {
      jobId: 'job-1',
      state: 'done',
      total: 0,
      done: 0,
      created: [],
    };
    const done = Math.min(job.total, job.done + 1);
    const created = ['param-queries@api', 'short-sessions@api']
      .slice(0, done)
      .map((key, i): TicketRef => ({
        mitigationKey: key,
        issueKey: `SEC-${i + 11}`,
        statusCategory: 'new',
      }));
    this.job = {
      ...job,
      done,
      created,
      state: done === job.total ? 'done' : 'running',
    };
    if (this.job.state === 'done') this.tickets = created;
    return this.job;
  }
}

function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}
