export * from './vocabulary';
export * from './schema';
export * from './errors';
export {
  MAX_BOUNDARIES,
  MAX_BOUNDARY_DEPTH,
  MAX_ELEMENTS,
  MAX_FLOWS,
} from './limits';
export { parseModel, formatPath } from './validate';
