'use client';

import { useCallback, useState } from 'react';

export type TaskState = 'idle' | 'busy' | 'done' | 'failed';

/** Runs one file export at a time and tells the button whether it is busy, done or failed. */
export function useExportTask(): { state: TaskState; run: (task: () => Promise<void>) => Promise<void> } {
  const [state, setState] = useState<TaskState>('idle');
  const run = useCallback(async (task: () => Promise<void>) => {
    setState('busy');
    try {
      // Let the busy state paint before the capture occupies the main thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await task();
      setState('done');
    } catch (error) {
      console.warn('Export failed', error);
      setState('failed');
    }
  }, []);
  return { state, run };
}
