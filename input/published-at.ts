// A dump's date field into ISO 8601 with an offset (Vietnam, +07:00, when the value states none), or null when
// it cannot be read. Seconds are always written, so every source gives one form. Accepts `2023-03-14T09:15:00Z`, `2023-03-14 09:15`, `2023-03-14`, `14/03/2023 09:15`.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/u;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ ,T]+(\d{1,2})[:h](\d{2}))?$/u;

function pad(value: string | number): string {
  return String(value).padStart(2, '0');
}

function valid(year: number, month: number, day: number, hour: number, minute: number): boolean {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function normalizePublishedAt(raw: string): string | null {
  const value = raw.trim();
  const iso = ISO.exec(value);
  if (iso) {
    const [, year = '', month = '', day = '', hour = '00', minute = '00', second, fraction, zone] = iso;
    if (!valid(Number(year), Number(month), Number(day), Number(hour), Number(minute))) return null;
    const offset = zone === undefined ? '+07:00' : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${year}-${month}-${day}T${hour}:${minute}:${second ?? '00'}${fraction ?? ''}${offset}`;
  }
  const dayFirst = DAY_FIRST.exec(value);
  if (dayFirst) {
    const [, day = '', month = '', year = '', hour = '0', minute = '0'] = dayFirst;
    if (!valid(Number(year), Number(month), Number(day), Number(hour), Number(minute))) return null;
    return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+07:00`;
  }
  return null;
}
