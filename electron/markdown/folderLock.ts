/** The last task queued for each folder; a new one waits for it. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` once every earlier task on the same folder has finished, so an
 * export and a conflict action on one folder never interleave their reads,
 * writes and manifest updates.
 */
export function withFolderLock<T>(root: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(root) ?? Promise.resolve();
  const run = previous.then(task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(root, settled);
  void settled.then(() => {
    if (queues.get(root) === settled) queues.delete(root);
  });
  return run;
}
