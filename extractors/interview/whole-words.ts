// Is one of a few words (`ông`, `bà`, `tôi`...) written whole somewhere in a stretch of text, in any case? The
// question the interview rules ask of every paragraph. A global regex of the words finds them inside other words too
// (`ông` in `không`, `anh` in `doanh`), and every such find made a match array before the word-start test threw it
// away; a regex that opens with the word-start lookbehind tries it at every character. Here the words' regex is
// sticky, and tried only where a word starts with one of their first letters: no match array, no scan of its own.
import { isWordCharBefore } from './words.js';

/**
 * Characters outside a letter's upper and lower case that case-insensitive Unicode regexes fold onto it (Kelvin sign
 * onto `k`, long s onto `s`, Ångström sign onto `å`): a word opening with one of those letters also opens with them.
 */
const SPECIAL_FOLDS = ['\u212a', '\u017f', '\u212b'];

export class WholeWords {
  /** Any of the words, whole at its end (its start is checked apart, by words.ts `isWordCharBefore`). */
  private readonly pattern: RegExp;
  /** 1 for each UTF-16 code unit a word may open with, in either case. */
  private readonly firstLetters = new Uint8Array(0x10000);

  /** `words`: lower-case words or phrases, each opening with a letter of the BMP. */
  constructor(words: Iterable<string>) {
    const sorted = [...words].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(`(?:${sorted.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'iuy');
    for (const word of sorted) {
      const first = word.charAt(0);
      const cases = [first, first.toUpperCase(), first.toLowerCase()];
      const opens = new RegExp(`^${first}`, 'iu');
      for (const special of SPECIAL_FOLDS) if (opens.test(special)) cases.push(special);
      for (const variant of cases) if (variant.length === 1) this.firstLetters[variant.charCodeAt(0)] = 1;
    }
  }

  /**
   * True when one of the words stands whole in `text` from `start` to `end`, read as that slice alone: what
   * `execAtStart(pattern, AT_WORD_START, text.slice(start, end)) !== null` answers (shared/match-at-word-start.ts),
   * the word start read by words.ts `isWordCharBefore`.
   */
  occursIn(text: string, start: number, end: number): boolean {
    // The slice only once a word may start: the words' regex must see the slice's end as the text's.
    let content: string | null = null;
    for (let index = start; index < end; index += 1) {
      if (this.firstLetters[text.charCodeAt(index)] !== 1 || isWordCharBefore(text, index, start)) continue;
      if (content === null) content = text.slice(start, end);
      this.pattern.lastIndex = index - start;
      if (this.pattern.test(content)) return true;
    }
    return false;
  }
}
