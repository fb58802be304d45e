// What a word is to the name lexicons, as the bits of one number: a stop word, a connector, the first word of a
// head, of a title, of a field word... One Map lookup answers every such question about a token, and the name
// stages keep the answer by token number (name-tokens.ts) instead of asking a dozen sets about the same word. A
// phrase lexicon is only walked at a token whose class says one of its phrases starts there.
import {
  ACTIVITY_FIELD_PHRASES,
  CLAUSE_OPENER_KEYS,
  FAMILY_NAME_KEYS,
  FIELD_AFTER_ABOUT_PHRASES,
  FIELD_COMPOUND_PHRASES,
  HEAD_COMPLEMENT_PHRASES,
  KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS,
  NAME_BREAKING_PHRASES,
  NAME_CONNECTOR_KEYS,
  NAME_STOP_WORD_KEYS,
  NAME_TAIL_PHRASES,
  NAME_VERBAL_TAIL_PHRASES,
  NON_ORGANIZATION_HEAD_PHRASES,
  NOT_A_NAME_AFTER_HEAD_PHRASES,
  NOT_A_SECOND_SYLLABLE_KEYS,
  ORGANIZATION_HEAD_PHRASES,
  SPEAKER_LABEL_KEYS,
  TITLE_PHRASES,
  WHOLE_FIELD_SYLLABLE_KEYS,
} from './lexicon.js';

export const STOP_WORD = 1 << 0;
export const CONNECTOR = 1 << 1;
export const NOT_A_SECOND_SYLLABLE = 1 << 2;
export const FAMILY_NAME = 1 << 3;
export const SPEAKER_LABEL = 1 << 4;
/** The first word of a head, of an organization or not (`tổng` of `Tổng cục`, `hội` of `Hội nghị`). */
export const STARTS_HEAD = 1 << 5;
export const STARTS_TITLE = 1 << 6;
export const STARTS_NAME_BREAKING = 1 << 7;
export const STARTS_NAME_TAIL = 1 << 8;
export const STARTS_NAME_VERBAL_TAIL = 1 << 9;
export const STARTS_HEAD_COMPLEMENT = 1 << 10;
export const STARTS_NOT_A_NAME_AFTER_HEAD = 1 << 11;
/** A well-known organization acronym in lower case (`asean`): the token's own text says whether it is written so. */
export const KNOWN_ACRONYM = 1 << 12;
/** The first word of a field compound (`công` of `công nghệ thông tin`). */
export const STARTS_FIELD_COMPOUND = 1 << 13;
/** The first word of an activity a body is named for (`giám` of `giám định`), or of a field after its `về`. */
export const STARTS_ACTIVITY_OR_ABOUT_FIELD = 1 << 14;
/** An aspect or modal word that opens the rest of a clause after its subject (`đã`, `sẽ`, `là`). */
export const CLAUSE_OPENER = 1 << 15;
/** A whole field word of one syllable (`thuế`): no lower-case syllable completes it. */
export const WHOLE_FIELD_SYLLABLE = 1 << 16;

/** Folded word → its classes. Multi-word entries of the sets (`tổ chức`) never equal a token's key, as before. */
export const WORD_CLASSES: ReadonlyMap<string, number> = (() => {
  const classes = new Map<string, number>();
  const add = (keys: Iterable<string>, wordClass: number): void => {
    for (const key of keys) classes.set(key, (classes.get(key) ?? 0) | wordClass);
  };
  add(NAME_STOP_WORD_KEYS, STOP_WORD);
  add(NAME_CONNECTOR_KEYS, CONNECTOR);
  add(NOT_A_SECOND_SYLLABLE_KEYS, NOT_A_SECOND_SYLLABLE);
  add(FAMILY_NAME_KEYS, FAMILY_NAME);
  add(SPEAKER_LABEL_KEYS, SPEAKER_LABEL);
  add(CLAUSE_OPENER_KEYS, CLAUSE_OPENER);
  add(WHOLE_FIELD_SYLLABLE_KEYS, WHOLE_FIELD_SYLLABLE);
  add(ORGANIZATION_HEAD_PHRASES.firstWords(), STARTS_HEAD);
  add(NON_ORGANIZATION_HEAD_PHRASES.firstWords(), STARTS_HEAD);
  add(TITLE_PHRASES.firstWords(), STARTS_TITLE);
  add(NAME_BREAKING_PHRASES.firstWords(), STARTS_NAME_BREAKING);
  add(NAME_TAIL_PHRASES.firstWords(), STARTS_NAME_TAIL);
  add(NAME_VERBAL_TAIL_PHRASES.firstWords(), STARTS_NAME_VERBAL_TAIL);
  add(HEAD_COMPLEMENT_PHRASES.firstWords(), STARTS_HEAD_COMPLEMENT);
  add(NOT_A_NAME_AFTER_HEAD_PHRASES.firstWords(), STARTS_NOT_A_NAME_AFTER_HEAD);
  add(FIELD_COMPOUND_PHRASES.firstWords(), STARTS_FIELD_COMPOUND);
  add(ACTIVITY_FIELD_PHRASES.firstWords(), STARTS_ACTIVITY_OR_ABOUT_FIELD);
  add(FIELD_AFTER_ABOUT_PHRASES.firstWords(), STARTS_ACTIVITY_OR_ABOUT_FIELD);
  // A name of words (`Vietnam Airlines`) by its first word.
  add([...KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS.keys()].map((acronym) => (acronym.split(' ')[0] ?? acronym).toLowerCase()), KNOWN_ACRONYM);
  return classes;
})();
