export * from './vocabulary';
export * from './schema';
export * from './errors';
export { parseModel, formatPath } from './validate';
