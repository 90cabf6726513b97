/**
 * Runs up to `parallel` batches at once and keeps their results in the order the batches started.
 * A failure is passed on only once every batch already started has finished, so nothing is still
 * writing when the caller answers.
 */
export class OrderedBatches<T> {
  private readonly running: Promise<T[]>[] = [];
  private readonly finished: T[] = [];

  constructor(private readonly parallel: number) {}

  /** Starts a batch; waits first, when `parallel` are running, for the oldest to finish. */
  async start(batch: () => Promise<T[]>): Promise<void> {
    const started = batch();
    // Handled when its turn comes in `settle`; until then a failure must not count as unhandled.
    started.catch(() => undefined);
    this.running.push(started);
    await this.settle(this.parallel - 1);
  }

  /** Every result, in order, once all batches have finished. */
  async results(): Promise<T[]> {
    await this.settle(0);
    return this.finished;
  }

  /** Lets every started batch finish, whatever becomes of it (after a failure elsewhere). */
  async drain(): Promise<void> {
    await Promise.allSettled(this.running);
  }

  private async settle(atMost: number): Promise<void> {
    while (this.running.length > atMost) {
      const oldest = this.running.shift()!;
      try {
        this.finished.push(...(await oldest));
      } catch (error) {
        await this.drain();
        throw error;
      }
    }
  }
}
