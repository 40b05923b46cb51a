/**
 * The fixed configuration of the local Jira: one workflow shared by every
 * project (To Do → In Progress → Done, any to any, as Jira's simplified
 * workflow allows), the default priorities and the standard link types.
 * Ids follow what a fresh Jira Cloud site uses where that is stable.
 */

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface StatusCategory {
  readonly id: number;
  readonly key: StatusCategoryKey;
  readonly name: string;
  readonly colorName: string;
}

export const STATUS_CATEGORIES: readonly StatusCategory[] = [
  { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  { id: 3, key: 'done', name: 'Done', colorName: 'green' },
];

export interface Status {
  readonly id: string;
  readonly name: string;
  readonly category: StatusCategoryKey;
  /** The transition that leads into this status. */
  readonly transitionId: string;
}

export const STATUSES: readonly Status[] = [
  { id: '10000', name: 'To Do', category: 'new', transitionId: '11' },
  {
    id: '10001',
    name: 'In Progress',
    category: 'indeterminate',
    transitionId: '21',
  },
  { id: '10002', name: 'Done', category: 'done', transitionId: '31' },
];

export interface Priority {
  readonly id: string;
  readonly name: string;
  readonly statusColor: string;
}

export const PRIORITIES: readonly Priority[] = [
  { id: '1', name: 'Highest', statusColor: '#d04437' },
  { id: '2', name: 'High', statusColor: '#f15C75' },
  { id: '3', name: 'Medium', statusColor: '#f79232' },
  { id: '4', name: 'Low', statusColor: '#707070' },
  { id: '5', name: 'Lowest', statusColor: '#999999' },
];

export const DEFAULT_PRIORITY_ID = '3';

export const INITIAL_STATUS_ID = '10000';

export interface LinkType {
  readonly id: string;
  readonly name: string;
  readonly inward: string;
  readonly outward: string;
}

export const LINK_TYPES: readonly LinkType[] = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  {
    id: '10001',
    name: 'Cloners',
    inward: 'is cloned by',
    outward: 'clones',
  },
  {
    id: '10002',
    name: 'Duplicate',
    inward: 'is duplicated by',
    outward: 'duplicates',
  },
  {
    id: '10003',
    name: 'Relates',
    inward: 'relates to',
    outward: 'relates to',
  },
];

const TO_DO: Status = {
  id: '10000',
  name: 'To Do',
  category: 'new',
  transitionId: '11',
};
const MEDIUM: Priority = { id: '3', name: 'Medium', statusColor: '#f79232' };

export function statusById(id: string): Status {
  return STATUSES.find((status) => status.id === id) ?? TO_DO;
}

export function categoryOf(key: StatusCategoryKey): StatusCategory {
  const found = STATUS_CATEGORIES.find((category) => category.key === key);
  return found ?? { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' };
}

export function priorityById(id: string): Priority {
  return PRIORITIES.find((priority) => priority.id === id) ?? MEDIUM;
}
