// JSON written straight as UTF-8 bytes: byte for byte what `Buffer.from(JSON.stringify(value), 'utf8')` gives, without
// the JSON string between the two. A seed-size record's JSON is ~40 K UTF-16 code units, a two-byte string of ~90 KB
// (one Vietnamese letter makes the whole string two-byte) made only to be encoded into the batch's buffer and dropped.
// The CPU is about the same (valgrind, 50 seed-size records alone: 2.2-2.3 M instructions a record, against 2.4 M for
// JSON.stringify and Buffer.write); what it saves is that allocation, a sixth of all the run made.
//
// Byte-identical to JSON.stringify for what records are made of: plain objects (own enumerable string keys, in
// property order), arrays (holes and unserializable items as null), strings (the escapes JSON.stringify makes, lone
// surrogates included), numbers (non-finite ones as null), booleans, null; properties holding undefined, functions or
// symbols are left out, and an object's `toJSON` is called as JSON.stringify calls it. Not for boxed primitives, nor
// objects whose prototype adds enumerable properties (a for-in loop would list them): records hold neither.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const ZERO = 0x30;
const HEX_DIGITS = '0123456789abcdef';
/**
 * `String.prototype.charCodeAt`, called as `codeUnitOf.call(text, index)`: the strings a record holds come in many
 * of V8's string shapes (flat, sliced, concatenated, internalized; one or two bytes a character), and `text.charCodeAt`
 * looks the method up by the string's shape: past four shapes the lookup turns megamorphic, and the optimized byte loop
 * calls the method through a generic lookup at every character. The serializer then took 0.20-0.26 ms a seed-size
 * record instead of 0.11 in every worker run measured (and in one run of three of the unbundled modules). Called
 * through the function itself, it is a direct call that V8 inlines whatever the string's shape.
 */
const codeUnitOf = String.prototype.charCodeAt;

/** The escape JSON.stringify writes after a backslash for a control character that has a short one, else 0 (\u00XX). */
const SHORT_ESCAPES = new Uint8Array(0x20);
SHORT_ESCAPES[0x08] = 0x62; // b
SHORT_ESCAPES[0x09] = 0x74; // t
SHORT_ESCAPES[0x0a] = 0x6e; // n
SHORT_ESCAPES[0x0c] = 0x66; // f
SHORT_ESCAPES[0x0d] = 0x72; // r

/** The most bytes a UTF-16 code unit takes in the JSON: `\uXXXX` (a control character or a lone surrogate). */
const MOST_BYTES_PER_UNIT = 6;
const FIRST_CAPACITY = 256 * 1024;
const KEPT_CAPACITY = 4 * 1024 * 1024;
/** The largest integer written digit by digit (int32 arithmetic); larger ones, negative ones and fractions by String(). */
const MOST_FAST_INTEGER = 0x7fffffff;
/** Room for any number or literal (`-1.7976931348623157e+308` is 24 characters), and a key's punctuation. */
const SCALAR_ROOM = 32;

function isLeft(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** A value after its `toJSON`, as JSON.stringify reads it: only objects are asked. */
function jsonValueOf(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  return typeof toJSON === 'function' ? (toJSON as (key: string) => unknown).call(value, String(key)) : value;
}

/**
 * One growing buffer the JSON of a value after another is written into (`reset` starts over). Its `written()` bytes
 * are a view of the buffer, valid until the next write: copy them before writing again.
 */
export class Utf8JsonWriter {
  protected bytes: Buffer;
  protected position = 0;

  constructor() {
    this.bytes = Buffer.allocUnsafeSlow(FIRST_CAPACITY);
  }

  /** Starts over; a buffer grown past KEPT_CAPACITY for a huge value is let go rather than kept for the rest of the run. */
  reset(): void {
    this.position = 0;
    if (this.bytes.length > KEPT_CAPACITY) this.bytes = Buffer.allocUnsafeSlow(FIRST_CAPACITY);
  }

  /** The bytes written since the last reset, as a view of the writer's buffer. */
  written(): Uint8Array {
    return this.bytes.subarray(0, this.position);
  }

  /** Writes `value`'s JSON; throws where JSON.stringify gives no text (undefined, a function or a symbol). */
  write(value: unknown): void {
    const resolved = jsonValueOf(value, '');
    if (isLeft(resolved)) throw new TypeError(`${typeof resolved} has no JSON text`);
    this.value(resolved);
  }

  protected value(value: unknown): void {
    if (typeof value === 'string') this.string(value);
    else if (typeof value === 'number') this.number(value);
    else if (typeof value === 'boolean') this.ascii(value ? 'true' : 'false');
    else if (value === null) this.ascii('null');
    else if (Array.isArray(value)) this.array(value);
    else if (typeof value === 'object') this.object(value as Record<string, unknown>);
    // A bigint: JSON.stringify's own TypeError.
    else JSON.stringify(value);
  }

  private array(array: readonly unknown[]): void {
    this.ensure(1);
    this.bytes[this.position++] = OPEN_BRACKET;
    for (let index = 0; index < array.length; index += 1) {
      if (index > 0) {
        this.ensure(1);
        this.bytes[this.position++] = COMMA;
      }
      const item = jsonValueOf(array[index], index);
      if (isLeft(item)) this.ascii('null');
      else this.value(item);
    }
    this.ensure(1);
    this.bytes[this.position++] = CLOSE_BRACKET;
  }

  private object(object: Record<string, unknown>): void {
    this.ensure(1);
    this.bytes[this.position++] = OPEN_BRACE;
    let first = true;
    // for-in reads the keys from the object's map (its enum cache), where Object.keys would make an array of them.
    for (const key in object) {
      const item = jsonValueOf(object[key], key);
      if (isLeft(item)) continue;
      this.key(key, first);
      first = false;
      this.value(item);
    }
    this.ensure(1);
    this.bytes[this.position++] = CLOSE_BRACE;
  }

  protected number(value: number): void {
    if (value >= 0 && value <= MOST_FAST_INTEGER && (value | 0) === value) this.integer(value);
    else this.ascii(Number.isFinite(value) ? String(value) : 'null');
  }

  /**
   * A non-negative 32-bit integer's digits (offsets, indexes, most figures), without the string String() would make;
   * -0 is 0, as String(-0) is. Int32 arithmetic throughout: no float division.
   */
  private integer(value: number): void {
    this.ensure(SCALAR_ROOM);
    let digits = 1;
    for (let bound = 10; value >= bound && digits < 10; bound *= 10) digits += 1;
    const bytes = this.bytes;
    let at = this.position + digits;
    this.position = at;
    let rest = value | 0;
    do {
      bytes[--at] = ZERO + (rest % 10);
      rest = (rest / 10) | 0;
    } while (rest !== 0);
  }

  /** Text known to be ASCII without anything to escape: literals and numbers. */
  protected ascii(text: string): void {
    this.ensure(text.length);
    for (let index = 0; index < text.length; index += 1) this.bytes[this.position++] = codeUnitOf.call(text, index);
  }

  /** `"key":`, after a comma unless it is the first: most often a short ASCII name with nothing to escape, copied byte by byte. */
  private key(key: string, first: boolean): void {
    const length = key.length;
    this.ensure(length + 4);
    const bytes = this.bytes;
    let at = this.position;
    if (!first) bytes[at++] = COMMA;
    const opening = at;
    bytes[at++] = QUOTE;
    for (let index = 0; index < length; index += 1) {
      const code = codeUnitOf.call(key, index);
      if (code < 0x20 || code >= 0x80 || code === QUOTE || code === BACKSLASH) break;
      bytes[at++] = code;
    }
    if (at === opening + 1 + length) {
      bytes[at++] = QUOTE;
      this.position = at;
    } else {
      this.position = opening;
      this.string(key);
      this.ensure(1);
      at = this.position;
    }
    this.bytes[at++] = COLON;
    this.position = at;
  }

  /** A string literal: quotes, JSON.stringify's escapes, and the rest encoded as UTF-8. */
  protected string(text: string): void {
    this.ensure(text.length * MOST_BYTES_PER_UNIT + 2);
    const bytes = this.bytes;
    let at = this.position;
    bytes[at++] = QUOTE;
    const length = text.length;
    for (let index = 0; index < length; index += 1) {
      const code = codeUnitOf.call(text, index);
      if (code < 0x80) {
        if (code >= 0x20 && code !== QUOTE && code !== BACKSLASH) bytes[at++] = code;
        else at = this.escape(at, code);
      } else if (code < 0x800) {
        bytes[at++] = 0xc0 | (code >> 6);
        bytes[at++] = 0x80 | (code & 0x3f);
      } else if (code < 0xd800 || code > 0xdfff) {
        bytes[at++] = 0xe0 | (code >> 12);
        bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
        bytes[at++] = 0x80 | (code & 0x3f);
      } else {
        const next = codeUnitOf.call(text, index + 1);
        if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          bytes[at++] = 0xf0 | (point >> 18);
          bytes[at++] = 0x80 | ((point >> 12) & 0x3f);
          bytes[at++] = 0x80 | ((point >> 6) & 0x3f);
          bytes[at++] = 0x80 | (point & 0x3f);
          index += 1;
        } else {
          at = this.escape(at, code);
        }
      }
    }
    bytes[at++] = QUOTE;
    this.position = at;
  }

  /**
   * The escape JSON.stringify writes for a quote, a backslash, a control character (`\n`, else `\u00XX`) or a lone
   * surrogate (`\udXXX`, well-formed JSON.stringify, ES2019), in lower-case hex; returns the position after it.
   */
  private escape(at: number, code: number): number {
    const bytes = this.bytes;
    bytes[at++] = BACKSLASH;
    const short = code < 0x20 ? SHORT_ESCAPES[code]! : code === QUOTE || code === BACKSLASH ? code : 0;
    if (short !== 0) {
      bytes[at++] = short;
      return at;
    }
    bytes[at] = 0x75; // u
    bytes[at + 1] = HEX_DIGITS.charCodeAt(code >> 12);
    bytes[at + 2] = HEX_DIGITS.charCodeAt((code >> 8) & 0xf);
    bytes[at + 3] = HEX_DIGITS.charCodeAt((code >> 4) & 0xf);
    bytes[at + 4] = HEX_DIGITS.charCodeAt(code & 0xf);
    return at + 5;
  }

  /** Room for `more` bytes past the position. */
  protected ensure(more: number): void {
    const needed = this.position + more;
    if (needed <= this.bytes.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(needed, this.bytes.length * 2));
    this.bytes.copy(grown, 0, 0, this.position);
    this.bytes = grown;
  }
}
