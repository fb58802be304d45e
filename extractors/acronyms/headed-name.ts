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

/**
 * Geographic nouns in lower case between an organization's head and the proper name it is named for (`Ủy hội sông
 * Mê Công quốc tế`, `Ủy ban lưu vực sông Đồng Nai`): keys, the longest two words.
 */
const GEOGRAPHIC_NOUN_KEYS: ReadonlySet<string> = new Set(['sông', 'lưu vực', 'biển', 'hồ', 'vùng', 'núi', 'vịnh']);
const MAX_GEOGRAPHIC_NOUN_WORDS = 2;
/** `Ủy hội`, an international commission's head (`Ủy hội sông Mê Công quốc tế`), beside the organizations' heads: its key. */
const COMMISSION_HEAD_KEY = 'ủy hội';

/**
 * The first token of an organization's head that stands right before a geographic noun in lower case before token
 * `start`, the first of the name's capitalized words (`Ủy hội` of `Ủy hội sông Mê Công quốc tế`): the whole body
 * named for a river or a sea, which a foreign acronym in brackets stands for. -1 when none, on the same line.
 */
export function headBeforeGeographicNoun(tokens: readonly Token[], start: number): number {
  for (let words = MAX_GEOGRAPHIC_NOUN_WORDS; words >= 1; words -= 1) {
    const nounStart = start - words;
    if (nounStart < 1) continue;
    let key = '';
    let plain = true;
    for (let index = nounStart; index < start && plain; index += 1) {
      const token = tokens[index];
      plain = token !== undefined && token.isWord && token.lower && !token.breakBefore;
      key = key === '' ? token?.key ?? '' : `${key} ${token?.key ?? ''}`;
    }
    if (!plain || tokens[start]?.breakBefore === true || !GEOGRAPHIC_NOUN_KEYS.has(key)) continue;
    for (let headWords = Math.min(ORGANIZATION_HEAD_PHRASES.maxWords, nounStart); headWords >= 1; headWords -= 1) {
      const head = nounStart - headWords;
      const commission = headWords === 2 && `${tokens[head]?.key ?? ''} ${tokens[head + 1]?.key ?? ''}` === COMMISSION_HEAD_KEY;
      if (!tokens[head]?.capitalized || !(commission || ORGANIZATION_HEAD_PHRASES.isPhraseAt(tokens, head, headWords))) continue;
      let sameLine = true;
      for (let index = head + 1; index <= nounStart && sameLine; index += 1) sameLine = tokens[index]?.breakBefore !== true;
      if (sameLine) return head;
    }
  }
  return -1;
}
