import type { z } from 'zod';
import type { Catalog, Mitigation, Rule } from './schema';

/** A rule as a pack writes it, before the schema fills in defaults. */
export type RuleInput = z.input<typeof Rule>;

/** A mitigation as a pack writes it. */
export type MitigationInput = z.input<typeof Mitigation>;

/** A whole catalog as written, such as a team's own rules file. */
export type CatalogInput = z.input<typeof Catalog>;
