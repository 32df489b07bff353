/** Several file operations at once let the disk batch its work; more gains little. */
export const PARALLEL = 8;

/**
 * Runs `task` over `items`, PARALLEL at a time. On the first failure, or when
 * `stop` says so, no new task starts; running ones finish and the first
 * failure is thrown.
 */
export async function eachLimited<T>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<void>,
  stop: () => Error | undefined = () => undefined,
): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      failure = stop();
      if (failure !== undefined) return;
      const index = next;
      next += 1;
      try {
        await task(items[index] as T, index);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (failure !== undefined) throw failure;
}
