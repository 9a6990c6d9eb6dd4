import type { Paper } from '@/features/papers/schema';

/**
 * The papers the list on screen shows, in order, for "Export: current results". Read only when an export runs,
 * so it is a plain holder rather than state that would re-render the header on every keystroke.
 */
let current: () => Paper[] = () => [];

export function setCurrentResults(getPapers: () => Paper[]) {
  current = getPapers;
}

export function getCurrentResults(): Paper[] {
  return current();
}
