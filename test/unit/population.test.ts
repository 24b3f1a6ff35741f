// The AI systems view's first population gives the thread back by elapsed time (`inTimeSlices`), not by a count of
// manifests: held here to a fake clock that the work itself advances, so every slice boundary is known exactly.
import * as assert from 'node:assert/strict';
import { inTimeSlices } from '../../src/core/register/population';

/** A clock that moves only when told to. */
function fakeClock() {
  let time = 0;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

/** Lets pending promise callbacks run (a fake file read that resolves later). */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('inTimeSlices (the AI systems view population)', () => {
  it('gives the thread back once a slice has worked its time, checked after each item', async () => {
    const clock = fakeClock();
    const costs = [5, 5, 5, 5, 1, 1, 30, 2, 2];
    const done: number[] = [];
    const clockAtYield: number[] = [];
    await inTimeSlices(
      costs.map((cost, i) => ({ cost, i })),
      async ({ cost }) => {
        await tick();
        clock.advance(cost);
      },
      async (count) => {
        done.push(count);
        clockAtYield.push(clock.now());
        await tick();
      },
      { now: clock.now, sliceMs: 16 },
    );
    // 5+5+5 = 15 < 16, the fourth item makes 20: yield after 4; 1+1+30: yield after 7 (32 ms: one item over the
    // slice is not split); 2+2 and the end.
    assert.deepEqual(done, [4, 7, 9]);
    assert.deepEqual(clockAtYield, [20, 52, 56]);
  });

  it('does not yield by count: cheap items share one slice however many there are', async () => {
    const clock = fakeClock();
    const done: number[] = [];
    await inTimeSlices(
      Array.from({ length: 100 }, () => 0.1),
      async (cost) => {
        await tick();
        clock.advance(cost);
      },
      async (count) => {
        done.push(count);
        await tick();
      },
      { now: clock.now, sliceMs: 16 },
    );
    // 0.1 ms each: 160 would fit a slice, so 100 go in one (a count of 20 would have stopped five times).
    assert.deepEqual(done, [100]);
  });

  it('gives an expensive item a slice of its own and still finishes every item once, in order of start', async () => {
    const clock = fakeClock();
    const seen: number[] = [];
    const done: number[] = [];
    await inTimeSlices(
      [40, 40, 40],
      async (cost) => {
        seen.push(cost);
        await tick();
        clock.advance(cost);
      },
      async (count) => {
        done.push(count);
        await tick();
      },
      { now: clock.now, sliceMs: 16 },
    );
    assert.deepEqual(seen, [40, 40, 40]);
    assert.deepEqual(done, [1, 2, 3]);
  });

  it('runs one item at a time: the next starts after the last has finished', async () => {
    const clock = fakeClock();
    let running = 0;
    let most = 0;
    await inTimeSlices(
      Array.from({ length: 10 }, (_, i) => i),
      async () => {
        running++;
        most = Math.max(most, running);
        await tick(); // a file read
        clock.advance(6);
        running--;
      },
      tick,
      { now: clock.now, sliceMs: 16 },
    );
    assert.equal(most, 1);
  });

  it('does no work and gives nothing back for no items', async () => {
    const clock = fakeClock();
    const calls: string[] = [];
    await inTimeSlices(
      [],
      async () => {
        calls.push('work');
        await tick();
      },
      async () => {
        calls.push('between');
        await tick();
      },
      { now: clock.now, sliceMs: 16 },
    );
    assert.deepEqual(calls, []);
  });

  it('rejects with the first error of an item', async () => {
    const clock = fakeClock();
    await assert.rejects(
      inTimeSlices(
        [1, 2, 3],
        async (i) => {
          await tick();
          if (i === 2) throw new Error('unreadable');
        },
        tick,
        { now: clock.now, sliceMs: 16 },
      ),
      /unreadable/,
    );
  });
});
