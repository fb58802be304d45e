import { describe, it } from 'vitest';
import { describeCorpus } from './run-corpus.js';
import { PEOPLE_CORPUS } from '../../extractors/people/corpus.js';
import { expectLinearTime, pipelineStageTime, repeatedTo } from '../linear-time.js';

describeCorpus('people', PEOPLE_CORPUS);

describe('people on hostile text', () => {
  // Digits and dots, and text made only of names, titles and places (the stage's worst case: more work per word).
  const units: Record<string, string> = {
    'digits, dots, slashes and spaces': '12.3/4 5.67/89 ',
    'one endless run of capitalized syllables': 'Nguyễn Văn ',
    'honorifics before capitals': 'ông Ông bà Bà TS. PGS.TS ',
    'titles, countries and names after them': 'Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu ',
    'kinds of places before names': 'Huyện Yên Thành lễ hội Hoa Ban tại Vũ Hán ',
    'roads joined by dashes': 'nút giao thông Quốc lộ 1 – Nguyễn Văn Linh – ',
    'titles and bodies of local government before names': 'Chủ tịch UBND tỉnh Nguyễn Đức Trung Phó Chủ tịch HĐND huyện ',
  };
  for (const [label, unit] of Object.entries(units)) {
    it(`the people stage runs in linear time on 1 MB of ${label}`, () => {
      expectLinearTime((size) => pipelineStageTime('people', repeatedTo(unit, size)), 'people');
    });
  }
});
