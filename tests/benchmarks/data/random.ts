/** A seeded pseudo-random generator (mulberry32): the same seed gives the same data set. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** Zipf-like rank in [0, n): rank r has weight 1 / (r + 1 + k)^s, drawn by inverting the CDF of the continuous approximation. */
  zipf(n: number, k = 10, s = 1.1): number {
    const u = this.next();
    const a = Math.pow(k + 1, 1 - s);
    const b = Math.pow(n + k + 1, 1 - s);
    const x = Math.pow(a + u * (b - a), 1 / (1 - s)) - k - 1;
    return Math.min(n - 1, Math.max(0, Math.floor(x)));
  }
}

/** A fixed pseudo-random permutation of 0..n-1 (Fisher-Yates with `random`). */
export function permutation(n: number, random: Random): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  return p;
}
