// Names an article introduces as places: the capitalized words after a kind of place (`huyện Yên Thành`, `Huyện
// Yên Thành`, `xã Tân Lập`, `hồ Ba Bể`). The gazetteer cannot list every district and commune, and many of their
// names begin with a family name (`Yên`, `Tân`, `Hà`): once the article says `huyện Yên Thành`, a bare `Yên Thành`
// elsewhere in it is the district, not a person.
import { asciiFoldKey } from '../shared/vietnamese.js';
import { isFamilyName, isNotPersonContext, isPlaceKindContext, isPlaceKindOfThree, mayEndPlaceKindOfThree } from './lexicon.js';
import type { NameContext } from './name-candidate.js';
import { isHolderAfterTitledUnit } from './unit-holder-names.js';
import type { Token } from '../../pipeline/document.js';
import { keysBeforeSecondWord, wordKeysBefore, type NameRun } from './name-runs.js';

/**
 * Where in a run the place's name may start: right at it (`huyện Yên Thành`), or after a capitalized kind word
 * opening the run (`Huyện Yên Thành`); a kind word further in is part of another name (`Nhật Bản Phạm Quang Hiệu`).
 */
const MAX_NAME_START_IN_RUN = 1;
/** Syllables a place's name is read with. */
const MAX_PLACE_NAME_WORDS = 4;

/**
 * ASCII-folded names written after a kind of place anywhere in the text, and names of two words written after a
 * word that makes them a thing (`lễ hội Hoa Ban`, `đường Lê Lợi`): a bare `Hoa Ban` elsewhere is that thing too.
 * Names of three words and more after such a word are often a person's (`giải Trần Văn Ơn`), and are not kept;
 * nor is a holder's name after a title and a body of local government (`Chủ tịch UBND tỉnh Nguyễn Đức Trung`).
 */
export function placeNamesIntroduced(
  text: string,
  tokens: readonly Token[],
  runs: readonly NameRun[],
  titles: Pick<NameContext, 'titleEndsBefore' | 'organizationStartBefore'>,
): Set<string> {
  const names = new Set<string>();
  for (const run of runs) {
    const { words } = run;
    for (let start = 0; start <= Math.min(MAX_NAME_START_IN_RUN, words.length - 1); start += 1) {
      const first = words[start];
      if (first === undefined) continue;
      // At the run's first word, the two words the run keeps before it (no array made: most runs are read only here).
      const before = start === 0 ? null : start === 1 ? keysBeforeSecondWord(text, tokens, run) : wordKeysBefore(text, tokens, first.start);
      const nearest = before === null ? run.keyBefore : before[before.length - 1];
      const second = before === null ? run.secondKeyBefore : before[before.length - 2];
      const isPlace = isPlaceKindContext(nearest, second);
      const thingBefore = isNotPersonContext(nearest, second)
        || (mayEndPlaceKindOfThree(nearest) && isPlaceKindOfThree(wordKeysBefore(text, tokens, first.start, 3)));
      if (!isPlace && !(words.length - start === 2 && thingBefore)) continue;
      // `Chủ tịch UBND tỉnh Nguyễn Đức Trung`: the chairman after his title's organization, not a place.
      if (isPlace && isFamilyName(first.key) && isHolderAfterTitledUnit(text, words, start, titles)) break;
      const name = words.slice(start, start + MAX_PLACE_NAME_WORDS);
      const last = name[name.length - 1];
      if (last !== undefined) names.add(asciiFoldKey(text.slice(first.start, last.end)));
      break;
    }
  }
  return names;
}
