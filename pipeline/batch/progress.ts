// The progress bar on standard error: articles/s, MB/s, errors, time left (from bytes read of the known total).
// Only on a TTY and not with --quiet; redrawn at most 5 times a second.

export interface ProgressCounts {
  readonly read: number;
  readonly extracted: number;
  readonly failed: number;
}

const WIDTH = 24;

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

export class ProgressDisplay {
  private readonly startedAt = performance.now();
  private lastDrawnAt = Number.NEGATIVE_INFINITY; // performance.now() starts near 0 in a new process or thread: the first update always draws
  private drawn = false;
  private readonly enabled: boolean;

  constructor(wanted: boolean, private readonly totalBytes: number | null, private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.enabled = wanted && stream.isTTY === true;
  }

  /** One line for the bar, also used by tests. */
  static render(counts: ProgressCounts, bytes: number, totalBytes: number | null, elapsedSeconds: number): string {
    const seconds = Math.max(elapsedSeconds, 0.001);
    const fraction = totalBytes ? Math.min(1, bytes / totalBytes) : null;
    const filled = fraction === null ? 0 : Math.round(fraction * WIDTH);
    const bar = fraction === null ? '' : `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% `;
    const left = fraction && fraction > 0 ? formatDuration((seconds / fraction) * (1 - fraction)) : '--:--';
    return `${bar}${counts.read} articles, ${(counts.read / seconds).toFixed(0)}/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s, ${counts.failed} errors, ${fraction === null ? 'elapsed ' + formatDuration(seconds) : 'left ' + left}`;
  }

  update(counts: ProgressCounts, bytes: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.lastDrawnAt < 200) return;
    this.lastDrawnAt = now;
    this.drawn = true;
    this.stream.write(`\r\x1b[K${ProgressDisplay.render(counts, bytes, this.totalBytes, (now - this.startedAt) / 1000)}`);
  }

  finish(): void {
    if (this.enabled && this.drawn) this.stream.write('\r\x1b[K');
  }
}
