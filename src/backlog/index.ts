export * from './adf';
export {
  describeObsolete,
  describeTicket,
  type EpicLink,
  isSafeUrl,
} from './describe';
export { planBacklog } from './plan';
export { refOf, toPlanView } from './tickets';
export * from './property';
export { recommendedCount, wantsTicket } from './scope';
export * from './settings';
export * from './ticket-text';
export * from './types';
export * from './parent';
