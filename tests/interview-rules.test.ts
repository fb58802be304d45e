// The interview stage's rules one line at a time, positives and negatives, each its own test.
import { describe, expect, it } from 'vitest';
import { RULE_EXAMPLES, type RuleExample } from '../extractors/interview/corpus.js';
import { isCaption, isPhotoCredit, isQuotedCaption } from '../extractors/interview/captions.js';
import { BARE_SCENE_CAPTION_LINES, NEWS_CAPTION_LINES, QUOTED_CAPTION_LINES, SCENE_CAPTION_LINES } from '../extractors/interview/corpus-captions.js';
import { isBareSceneCaption, isSceneCaption } from '../extractors/interview/scene-captions.js';
import { findDateMentions } from '../extractors/dates/index.js';
import { isClosing } from '../extractors/interview/closings.js';
import { isSpeakerLabel, learnSpeakers } from '../extractors/interview/labels.js';
import { callsByThua, isQuestionParagraph, opensByVocative, speaksToInterviewee } from '../extractors/interview/questions.js';
import { splitSentences } from '../extractors/sentences/index.js';
import { normalizeText } from '../input/normalize.js';

const KNOWN = learnSpeakers('Phóng viên trao đổi với ông Hà Minh Hiệp.', [{ start: 0, end: 41 }]);

function fires(example: RuleExample): boolean {
  const text = normalizeText(example.text);
  const whole = { start: 0, end: text.length };
  switch (example.rule) {
    case 'caption':
      return isCaption(text, whole);
    case 'closing':
      return isClosing(text, whole);
    case 'speakerLabel':
      return isSpeakerLabel(text, KNOWN);
    case 'photoCredit':
      return isPhotoCredit(text, whole);
    case 'speaksToInterviewee':
      return speaksToInterviewee(text, whole);
    case 'callsByThua':
      return callsByThua(text, whole);
    case 'opensByVocative':
      return opensByVocative(text, whole);
    case 'questionParagraph': {
      const last = splitSentences(text, { index: 0, ...whole }).at(-1) ?? whole;
      return isQuestionParagraph(text, whole, last);
    }
  }
}

describe('interview rules', () => {
  RULE_EXAMPLES.forEach((example, index) => {
    it(`${index + 1}. ${example.rule} ${example.expected ? '' : 'NOT '}«${example.text}»`, () => {
      expect(fires(example)).toBe(example.expected);
    });
  });
});

describe('interview rules: a caption with no cue (scene-captions.ts)', () => {
  SCENE_CAPTION_LINES.forEach((example, index) => {
    it(`${index + 1}. ${example.caption ? '' : 'NOT '}«${example.text}»`, () => {
      const text = normalizeText(example.text);
      const whole = { start: 0, end: text.length };
      const sentences = splitSentences(text, { index: 0, ...whole });
      expect(isSceneCaption(text, whole, sentences.length, findDateMentions(text))).toBe(example.caption);
    });
  });
  NEWS_CAPTION_LINES.forEach((example, index) => {
    it(`news ${index + 1}. ${example.caption ? '' : 'NOT '}«${example.text}»`, () => {
      const text = normalizeText(example.text);
      const whole = { start: 0, end: text.length };
      const sentences = splitSentences(text, { index: 0, ...whole });
      expect(isSceneCaption(text, whole, sentences.length, findDateMentions(text), true, example.photosShown === true)).toBe(example.caption);
    });
  });
  BARE_SCENE_CAPTION_LINES.forEach((example, index) => {
    it(`told by its shape ${index + 1}. ${example.caption ? '' : 'NOT '}«${example.text}»`, () => {
      const text = normalizeText(example.text);
      const whole = { start: 0, end: text.length };
      const sentences = splitSentences(text, { index: 0, ...whole });
      expect(isBareSceneCaption(text, whole, sentences.length, findDateMentions(text))).toBe(example.caption);
    });
  });
});

describe('interview rules: a speaker\'s quote under their photo (isQuotedCaption)', () => {
  QUOTED_CAPTION_LINES.forEach((example, index) => {
    it(`${index + 1}. ${example.caption ? '' : 'NOT '}«${example.text}»`, () => {
      const text = normalizeText(example.text);
      expect(isQuotedCaption(text, { start: 0, end: text.length })).toBe(example.caption);
    });
  });
});
