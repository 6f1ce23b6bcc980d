// Latency samples, percentiles and the generator's own CPU use.

/** A growable array of float samples (milliseconds), summarised once at the end. */
export class Samples {
  constructor(capacity = 4096) {
    this.values = new Float64Array(capacity);
    this.count = 0;
  }

  add(value) {
    if (this.count === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.count++] = value;
  }

  /** {count, p50, p90, p99, max, mean} in milliseconds, rounded to 0.01 ms. */
  summary() {
    const sorted = this.values.slice(0, this.count).sort();
    const pick = (q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null);
    const round = (v) => (v === null ? null : Math.round(v * 100) / 100);
    let total = 0;
    for (const v of sorted) total += v;
    return {
      count: sorted.length,
      p50: round(pick(0.5)),
      p90: round(pick(0.9)),
      p99: round(pick(0.99)),
      max: round(sorted.length ? sorted[sorted.length - 1] : null),
      mean: round(sorted.length ? total / sorted.length : null),
    };
  }
}

/** CPU time this process used between start() and stop(), as a share of one core. */
export class CpuMeter {
  start() {
    this.wall = performance.now();
    this.cpu = process.cpuUsage();
    return this;
  }

  stop() {
    const used = process.cpuUsage(this.cpu);
    const wallMs = performance.now() - this.wall;
    const cpuMs = (used.user + used.system) / 1000;
    return {
      wall_s: Math.round(wallMs) / 1000,
      cpu_s: Math.round(cpuMs) / 1000,
      cores: wallMs > 0 ? Math.round((cpuMs / wallMs) * 1000) / 1000 : 0,
    };
  }
}

/** A small deterministic PRNG (mulberry32), so every run shuffles the same way. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle(items, random) {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Run fn over items with at most `limit` promises in flight. */
export async function pool(items, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
