/** A clock that moves only when slept on: retry tests run instantly. */
export function fakeClock(start = Date.parse('2026-12-01T10:00:00Z')): {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  waits: number[];
} {
  let time = start;
  const waits: number[] = [];

  return {
    now: () => time,
    sleep: (ms) => {
      waits.push(ms);
      time += ms;
      return Promise.resolve();
    },
    waits,
  };
}
