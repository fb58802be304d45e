// publishedAt as ISO 8601 with seconds and an offset: from the container's hint, or from the date the byline
// states (a TIMEX3-style value found by the dateMentions stage). Vietnam is +07:00 unless the text says otherwise
// (`GMT+8`, `UTC+9`).
import type { DateSpan, TextSpan } from '../../pipeline/document.js';

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/u;
const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/u;
const STATED_OFFSET = /(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/iu;
const MERIDIEM = /\d\s?(AM|PM)(?![\p{L}\p{M}\p{N}])/iu;
export const VIETNAM_OFFSET = '+07:00';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** An offset stated in the text, `GMT+7` → `+07:00`; null when none. */
export function statedOffset(text: string): string | null {
  const match = STATED_OFFSET.exec(text);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  return `${match[1]}${pad(hours)}:${pad(minutes)}`;
}

/** A hint such as `2021-02-14T07:28`, `2021-02-14 07:28:00+0700` or `2021-02-14` as full ISO 8601; null if unreadable. */
export function normalizeIsoDateTime(value: string, defaultOffset: string = VIETNAM_OFFSET): string | null {
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, day, hours = '00', minutes = '00', seconds = '00', fraction = '', zone] = match;
  let offset = defaultOffset;
  if (zone === 'Z') offset = 'Z';
  else if (zone !== undefined) offset = zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${day}T${hours}:${minutes}:${seconds}${fraction}${offset}`;
}

/** The hour on a 24-hour clock where the byline says `AM` or `PM` (`10:15 PM` → 22; `12:30 AM` → 0). */
function twelveHourClock(hour: number, byline: string): number {
  const half = MERIDIEM.exec(byline)?.[1]?.toUpperCase();
  if (half === 'PM' && hour >= 1 && hour < 12) return hour + 12;
  if (half === 'AM' && hour === 12) return 0;
  return hour;
}

/** The hour and minute of a mention that states a time and nothing else (`14:05` apart from its day), else null. */
function timeAlone(mention: DateSpan): { hour: number; minute: number } | null {
  const point = mention.pending?.value;
  if (!point || point.anchor !== 'previousDate' || point.hour === undefined || mention.pending?.endValue) return null;
  return { hour: point.hour, minute: point.minute ?? 0 };
}

/**
 * The publication time the byline states: the first date mention inside a byline span whose value names a day,
 * with its time (`11/01/2024 - 10:15`, which the dates stage joins) or, where the byline states the time apart
 * (`12/01/2024 · 14:05`, `14:05 · 12/01/2024`), the first time alone in the same line; a day with a time wins over
 * one without. Returns the ISO value and the mention it came from.
 */
export function publishedAtFromByline(
  text: string,
  mentions: readonly DateSpan[],
  bylineSpans: readonly TextSpan[],
): { value: string; evidence: TextSpan } | null {
  let best: { value: string; evidence: TextSpan; hasTime: boolean } | null = null;
  for (const byline of bylineSpans) {
    // Plain loops, not callbacks made per article: V8 keeps a closure's optimized code only weakly.
    let apart: { hour: number; minute: number } | null = null;
    for (const mention of mentions) {
      if (mention.start < byline.start || mention.end > byline.end) continue;
      apart = timeAlone(mention);
      if (apart !== null) break;
    }
    let bylineText: string | null = null;
    for (const mention of mentions) {
      if (mention.start < byline.start || mention.end > byline.end) continue;
      const day = mention.value === null ? null : DAY_VALUE.exec(mention.value);
      if (!day) continue;
      bylineText ??= text.slice(byline.start, byline.end);
      const said = day[2] !== undefined ? { hour: Number(day[2]), minute: Number(day[3]) } : apart;
      const stated = said === null ? null : { hour: twelveHourClock(said.hour, bylineText), minute: said.minute };
      const hasTime = stated !== null;
      if (best !== null && (best.hasTime || !hasTime)) continue;
      const offset = statedOffset(bylineText) ?? VIETNAM_OFFSET;
      const value = `${day[1]}T${pad(stated?.hour ?? 0)}:${pad(stated?.minute ?? 0)}:00${offset}`;
      best = { value, evidence: { start: mention.start, end: mention.end }, hasTime };
    }
    if (best !== null) break;
  }
  return best === null ? null : { value: best.value, evidence: best.evidence };
}
