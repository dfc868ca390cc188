/** A tiny seeded PRNG and helpers, so the demo data is the same on every run. */

export type Rng = () => number;

/** mulberry32: a 32-bit seeded generator returning floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both included. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error("pick() from an empty list");
  return items[Math.floor(rng() * items.length)] as T;
}

/** Picks one value from [value, weight] pairs, in proportion to the weights. */
export function weighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = entries.at(-1);
  if (last === undefined) throw new Error("weighted() from an empty list");
  return last[0];
}

/** A roughly normal value (sum of three uniforms), rounded and kept inside [min, max]. */
export function bellInt(rng: Rng, mean: number, spread: number, min: number, max: number): number {
  const value = mean + (rng() + rng() + rng() - 1.5) * spread;
  return Math.min(max, Math.max(min, Math.round(value)));
}
