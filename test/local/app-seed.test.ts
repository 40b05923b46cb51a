import { installForgeRuntime } from '../../local/forge-runtime';
import { FrameGrants } from '../../local/pages/frames';
import { seedModel } from '../../local/seed-model';
import { createLocalSite } from '../../local/site';

/**
 * The real app on the local site: the seed imports the e-commerce example
 * through src/importers and stores it with the app's own saveModel
 * resolver, through the real manifest, @forge/resolver, @forge/api and
 * @forge/kvs; the panel then finds it.
 */
describe('seedModel', () => {
  it('puts the e-commerce model on ENG-1 through the app itself', async () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const site = createLocalSite({ dataDir: null });
    const runtime = installForgeRuntime(site, {
      timeScale: 0,
      log: () => undefined,
    });
    const panel = site.core.manifest?.uiModules.find(
      (m) => m.type === 'jira:issuePanel',
    );
    const grant = new FrameGrants().issue({
      moduleKey: panel?.key ?? '',
      moduleType: 'jira:issuePanel',
      resource: panel?.resource ?? '',
      mode: 'view',
      target: { kind: 'issue', issueKey: 'ENG-1' },
      accountId: 'carol',
    });

    try {
      const outcome = await seedModel(site, runtime);
      const state = (await runtime.invokeResolver(
        grant,
        'getEpicState',
        {},
      )) as {
        ok: boolean;
        data?: {
          revision: number;
          model: { elements?: unknown[] } | null;
          epic: { canEdit: boolean };
        };
      };

      expect(outcome).toBe('seeded');
      expect(state.ok).toBe(true);
      expect(state.data?.revision).toBe(1);
      expect(state.data?.model?.elements?.length).toBeGreaterThan(0);
      expect(state.data?.epic.canEdit).toBe(false);
      expect(Object.keys(site.core.state.kvs.plain).length).toBeGreaterThan(0);
    } finally {
      runtime.uninstall();
      jest.restoreAllMocks();
    }
  });
});
