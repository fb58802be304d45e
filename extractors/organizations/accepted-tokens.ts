// How a name run took each token after its head (name-runs.ts), read back by the person cut (name-person-cut.ts).
// One list serves every run: a run is scanned at each of ~45 heads an article, and a new array each time was the
// largest allocation of the name stages. Reads past what the current run wrote give undefined, as a new array would.

/** How a name run took a token after its head; the person cut reads the capitalized ones and places. */
export type Accepted = 'capitalized' | 'acronym' | 'place' | 'completion' | 'lower' | 'connector' | 'complement' | 'number';

/** The kinds of the tokens a run took, by position after its head. */
export class AcceptedTokens {
  private readonly kinds: (Accepted | undefined)[] = [];
  private count = 0;

  /** Forgets the last run's tokens. */
  clear(): void {
    this.count = 0;
  }

  /** The kind of the token `offset` tokens after the head, undefined where the run took none. */
  at(offset: number): Accepted | undefined {
    return offset >= 0 && offset < this.count ? this.kinds[offset] : undefined;
  }

  set(offset: number, kind: Accepted): void {
    // Positions skipped over read as not taken, as the holes of a new array would.
    for (let skipped = this.count; skipped < offset; skipped += 1) this.kinds[skipped] = undefined;
    this.kinds[offset] = kind;
    if (offset >= this.count) this.count = offset + 1;
  }

  /** Takes the tokens `from` to `to` (offsets after the head, `to` exclusive) as one kind. */
  setRange(from: number, to: number, kind: Accepted): void {
    for (let offset = from; offset < to; offset += 1) this.set(offset, kind);
  }

  push(kind: Accepted): void {
    this.set(this.count, kind);
  }
}
