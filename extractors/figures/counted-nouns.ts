// The counted noun after a number: where it starts is plain (right after the number), where it ends is the judgement.
// Known nouns from the lexicon end where the lexicon says (`nước thành viên`, `tổ chức`); a classifier runs on into
// the noun it classifies (`loại phương tiện đo`, `chiếc xe`); any other noun is taken as one or two syllables, stopping
// before words that end a noun phrase (`của`, `và`, `đều`, `lớn`, `trên`...).
import {
  CLASSIFIER_PHRASES,
  COUNTED_NOUN_PHRASES,
  EVENT_CLASSIFIERS,
  INCIDENT_VERB_PHRASES,
  INCIDENT_VERB_SET,
  NOUN_PHRASE_ENDER_PHRASES,
  NOUN_PHRASE_ENDER_SET,
  NOUN_SUFFIXES,
} from './lexicon.js';
import { isNumberWordAt } from './numbers-at.js';
import { isInSetAt, isWordPairAt, phraseAt, phraseText } from './phrases.js';
import { isGlued, isLowerWordAt, isWordAt, tokensText, type FigureContext } from './tokens.js';
import type { FigureUnit, UnitReading } from './units.js';

/** Pronouns and particles that follow a number word used otherwise (`ba tôi`, `hai ông bà`... `một mình`). */
const NOT_A_NOUN: ReadonlySet<string> = new Set([
  'tôi', 'ta', 'mình', 'chúng', 'họ', 'nó', 'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'mẹ', 'má', 'ba', 'bố',
  'ơi', 'à', 'ạ', 'nhé', 'nha', 'hả',
]);

/** Seasons and periods that `đầu` before them opens (`đầu vụ`, `đầu năm`): the start of one, no head. */
const PERIOD_AFTER_START: ReadonlySet<string> = new Set(['vụ', 'mùa', 'năm', 'tháng', 'tuần', 'quý', 'kỳ', 'ngày', 'buổi', 'ca', 'đợt', 'khóa']);

/**
 * The counted noun at token `index`, read into `into` (which is returned) as a unit of kind `count`, `known` when the
 * noun or its classifier is in the lexicon, not when taken by the general rule.
 */
export function readCountedNoun(context: FigureContext, index: number, into: UnitReading): FigureUnit | null {
  if (!isWordAt(context, index)) return null;
  const known = phraseAt(context, index, COUNTED_NOUN_PHRASES, 5);
  const classifier = phraseAt(context, index, CLASSIFIER_PHRASES, 3);
  if (classifier && classifier.length >= (known?.length ?? 0)) {
    const classified = readNounAfterClassifier(context, index + classifier.length, EVENT_CLASSIFIERS.has(classifier.entry));
    const next = classified ?? index + classifier.length;
    return into.filled('count', tokensText(context, index, next), next, true);
  }
  // `loại 1 đầu vụ`, `2 đầu năm`: `đầu` before a season or a period is its start, no head counted (`1.000 đầu lợn`)
  if (known && known.entry === 'đầu' && isLowerWordAt(context, index + 1) && PERIOD_AFTER_START.has(context.tokens[index + 1]?.key ?? '')) return null;
  if (known) return into.filled('count', phraseText(context, index, known), index + known.length, true);
  const next = readPlainNoun(context, index, 2);
  return next === null ? null : into.filled('count', tokensText(context, index, next), next, false);
}

/**
 * The noun after a classifier, known or plain, whichever runs further (`loại phương tiện đo`, `lớp tập huấn`, `chiếc
 * xe tải`): returns the token after it, or null when none follows.
 */
function readNounAfterClassifier(context: FigureContext, index: number, namesEvent: boolean): number | null {
  const known = phraseAt(context, index, COUNTED_NOUN_PHRASES, 5);
  const plain = readPlainNoun(context, index, 2, namesEvent);
  if (known && plain !== null) return Math.max(index + known.length, plain);
  return known ? index + known.length : plain;
}

/**
 * Up to `maxWords` lower-case syllables that may be a noun; the token after them, or null. After an event classifier
 * (`withVerbs`) an incident verb is part of the noun (`vụ va chạm`).
 */
function readPlainNoun(context: FigureContext, index: number, maxWords: number, withVerbs = false): number | null {
  const { tokens } = context;
  let next = index;
  while (next - index < maxWords) {
    const token = tokens[next];
    if (!token || !isLowerWordAt(context, next) || (next > index && isGlued(context, next))) break;
    if (isInSetAt(context, next, NOUN_PHRASE_ENDER_SET) || isNumberWordAt(context, next) || NOT_A_NOUN.has(token.key)) break;
    if (!withVerbs && isInSetAt(context, next, INCIDENT_VERB_SET)) break;
    // A two-syllable ender (`quan trọng`, `tham gia`, `so với`, `va chạm`) stops the noun too.
    const pairs = isWordAt(context, next + 1);
    if (pairs && isWordPairAt(context, next, NOUN_PHRASE_ENDER_PHRASES)) break;
    if (!withVerbs && pairs && isWordPairAt(context, next, INCIDENT_VERB_PHRASES)) break;
    next += 1;
  }
  // A third syllable that ends nouns carries on: `cộng tác viên`, `vận động viên`.
  const third = tokens[next];
  // (Never a word that ends nouns too: `thanh niên bị tạm giữ`, where `bị` is the passive.)
  if (next - index === maxWords && third && isLowerWordAt(context, next) && !isGlued(context, next) && NOUN_SUFFIXES.has(third.key) && !isInSetAt(context, next, NOUN_PHRASE_ENDER_SET)) {
    next += 1;
  }
  return next > index ? next : null;
}
