// `--shard i/N`: a deterministic 1/N of the articles, chosen by a hash of the article id (FNV-1a, 32 bits, over
// the id's UTF-8 bytes), so that N machines reading the same dump split it without talking to each other.

export interface Shard {
  readonly index: number;
  readonly count: number;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/u.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count) throw new Error(`--shard wants i/N with 0 <= i < N; got "${value}"`);
  return { index, count };
}

const ENCODER = new TextEncoder();

export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of ENCODER.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function shardOf(id: string, count: number): number {
  return fnv1a32(id) % count;
}

export function inShard(id: string, shard: Shard): boolean {
  return shardOf(id, shard.count) === shard.index;
}
