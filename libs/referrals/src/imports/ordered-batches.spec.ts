import { OrderedBatches } from './ordered-batches';

const after = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe('OrderedBatches', () => {
  it('runs batches side by side and keeps their results in starting order', async () => {
    const batches = new OrderedBatches<number>(3);
    let running = 0;
    let most = 0;
    const batch = (ms: number, values: number[]) => async () => {
      most = Math.max(most, ++running);
      const result = await after(ms, values);
      running--;
      return result;
    };
    await batches.start(batch(30, [1, 2]));
    await batches.start(batch(5, [3]));
    await batches.start(batch(10, [4]));
    await batches.start(batch(1, [5]));
    expect(await batches.results()).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(3);
  });

  it('passes a failure on only after the batches already started have finished', async () => {
    const batches = new OrderedBatches<string>(2);
    let slowFinished = false;
    await batches.start(() => Promise.reject(new Error('broken')));
    await expect(
      batches.start(async () => {
        await after(20, null);
        slowFinished = true;
        return ['slow'];
      }),
    ).rejects.toThrow('broken');
    expect(slowFinished).toBe(true);
  });
});
