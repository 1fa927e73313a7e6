import { describe, expect, it } from 'vitest';
import { retrying } from '../../src/lib/lazy-route';

describe('loading a chunk', () => {
  it('tries again after a failed fetch, and gives up after the third', async () => {
    let calls = 0;
    const flaky = () => (++calls < 3 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve('chunk'));
    await expect(retrying(flaky)).resolves.toBe('chunk');
    expect(calls).toBe(3);

    calls = 0;
    const broken = () => {
      calls++;
      return Promise.reject(new TypeError('offline'));
    };
    await expect(retrying(broken)).rejects.toThrow('offline');
    expect(calls).toBe(3);
  });
});
