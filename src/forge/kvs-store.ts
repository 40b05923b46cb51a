import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import type { AppStore } from '../app/ports';

/**
 * The AppStore port over @forge/kvs. `setIfAbsent` is a set with
 * `keyPolicy: 'FAIL_IF_EXISTS'`, atomic in the store; the installed
 * @forge/kvs (1.6.5) has transaction conditions for custom entities only,
 * so the app builds its compare-and-set on this (see model-store.ts).
 * Key layout: src/app/storage-keys.ts.
 */
export const kvsStore: AppStore = {
  get: (key) => kvs.get(key),
  set: (key, value) => kvs.set(key, value),
  delete: (key) => kvs.delete(key),
  setIfAbsent: async (key, value) => {
    try {
      await kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS' });
      return true;
    } catch (error) {
      if (isKeyTaken(error)) return false;
      throw error;
    }
  },
};

/** KVS refuses a taken key with HTTP 409, whatever code it gives. */
function isKeyTaken(error: unknown): boolean {
  return (
    error instanceof ForgeKvsAPIError &&
    (error.responseDetails.status === 409 || error.code === 'KEY_CONFLICT')
  );
}
