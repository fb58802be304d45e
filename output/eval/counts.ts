// Counts of true positives, false positives and false negatives, the scores made from them, and the one-to-one
// matching that decides which prediction answers which gold item.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** What a verbose report lists: a gold item nothing found, a prediction nothing asked for, or a wrong value. */
export interface Finding {
  readonly kind: 'miss' | 'extra' | 'wrong';
  readonly detail: string;
}

/** One field of one article (or the total over articles). */
export interface FieldScore {
  readonly counts: Counts;
  /** Dates and figures: matches by span alone, values not compared. */
  readonly spanCounts?: Counts;
  /** How many items the prediction had in this field (zero while its extractor is not built). */
  readonly predicted: number;
  readonly findings: readonly Finding[];
}

export function zeroCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(into: Counts, more: Counts): void {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
}

/**
 * Precision, recall and F1. Nothing predicted where something was expected scores 0; nothing expected and
 * nothing predicted scores 1 (the right answer to a news article with no interview in it is no pairs).
 */
export function scoresOf(counts: Counts): Scores {
  const predicted = counts.tp + counts.fp;
  const expected = counts.tp + counts.fn;
  if (predicted === 0 && expected === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = predicted === 0 ? 0 : counts.tp / predicted;
  const recall = expected === 0 ? 1 : counts.tp / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * A maximum one-to-one matching between `leftCount` items and `rightCount` items (augmenting paths); returns for
 * each left item the right item it is matched with, or -1.
 */
export function maximumMatching(
  leftCount: number,
  rightCount: number,
  connects: (left: number, right: number) => boolean,
): Int32Array {
  const neighbours: number[][] = [];
  for (let left = 0; left < leftCount; left += 1) {
    const list: number[] = [];
    for (let right = 0; right < rightCount; right += 1) if (connects(left, right)) list.push(right);
    neighbours.push(list);
  }
  const leftOfRight = new Int32Array(rightCount).fill(-1);
  const rightOfLeft = new Int32Array(leftCount).fill(-1);
  const augment = (left: number, visited: Uint8Array): boolean => {
    for (const right of neighbours[left] ?? []) {
      if (visited[right]) continue;
      visited[right] = 1;
      const holder = leftOfRight[right] ?? -1;
      if (holder === -1 || augment(holder, visited)) {
        leftOfRight[right] = left;
        rightOfLeft[left] = right;
        return true;
      }
    }
    return false;
  };
  for (let left = 0; left < leftCount; left += 1) {
    if ((neighbours[left]?.length ?? 0) > 0) augment(left, new Uint8Array(rightCount));
  }
  return rightOfLeft;
}
