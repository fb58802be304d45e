// The whole name before a bracket, back to its head, when nothing else gave the long form: `Viện Sinh thái và Tài
// nguyên sinh vật (IEBR)`, `Tổng công ty Cảng hàng không Việt Nam (ACV)`, `Quỹ Bình ổn giá xăng dầu (BOG)`. English
// initials or a brand (`Hiệp hội Xuất khẩu hàng thủ công mỹ nghệ Việt Nam (Vietcraft)`) do not spell the Vietnamese
// syllables, so the name is read back from the bracket to the nearest capitalized organization head (the
// organizations lexicon's) followed by a capitalized word, over words only. A word that opens the rest of a clause
// (`đã`, `cho`, `tại`...) ends the search: `Bộ Y tế cho biết tỷ lệ tiêm chủng (EPI)` has no such name.
import type { Token } from '../../input/tokens.js';
import { NAME_STOP_WORD_KEYS, ORGANIZATION_HEAD_PHRASES } from '../organizations/lexicon.js';

/** Most words from the head to the bracket. */
const MAX_NAME_WORDS = 14;
/** Stop words that end compounds as often (`hàng không`, `thiết bị`, `được`): inside a name they stop nothing. */
const COMPOUND_ENDINGS: ReadonlySet<string> = new Set(['không', 'bị', 'được']);

/** The first token of the name headed by an organization head that ends at token `last`, or -1. */
export function headedNameBefore(tokens: readonly Token[], last: number): number {
  for (let index = last; index >= 0 && last - index < MAX_NAME_WORDS; index -= 1) {
    const token = tokens[index];
    if (!token || !token.isWord) return -1;
    if (token.lower && NAME_STOP_WORD_KEYS.has(token.key) && !COMPOUND_ENDINGS.has(token.key)) return -1;
    if (token.capitalized) {
      for (let words = Math.min(ORGANIZATION_HEAD_PHRASES.maxWords, last - index); words >= 1; words -= 1) {
        const after = tokens[index + words];
        if (after && (after.capitalized || after.acronymLike) && ORGANIZATION_HEAD_PHRASES.isPhraseAt(tokens, index, words)) return index;
      }
    }
    if (token.breakBefore) return -1;
  }
  return -1;
}
