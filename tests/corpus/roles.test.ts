import { describe, it } from 'vitest';
import { describeCorpus } from './run-corpus.js';
import { ROLES_CORPUS } from '../../extractors/roles/corpus.js';
import { expectLinearTime, pipelineStageTime, repeatedTo } from '../linear-time.js';

describeCorpus('roles', ROLES_CORPUS);

describe('roles on hostile text', () => {
  // Digits and dots, and text made only of titles and organizations (the stage's worst case: more work per word).
  const units: Record<string, string> = {
    'digits, dots, slashes and spaces': '12.3/4 5.67/89 ',
    'one sentence of titles and organizations': 'Chủ tịch APO và Chủ tịch ASEAN, ',
    'holding cues with no comma': 'với vai trò là Chủ tịch Việt Nam ',
    'holders with ages in brackets': 'Bị cáo Trần Văn An (52 tuổi, nguyên Giám đốc Công ty Bình An) ',
    'units named by titles': 'Trưởng khoa Cấp cứu – Hồi sức của bệnh viện, ',
    'local bodies and levels before holders': 'Chủ tịch UBND tỉnh Nguyễn Đức Trung, Phó Chủ tịch HĐND huyện ',
    'head nouns referring back, degrees before holders': 'Bệnh viện Bạch Mai quá tải. Giám đốc bệnh viện, BSCKII Lê Thị Hoa, ',
  };
  for (const [label, unit] of Object.entries(units)) {
    it(`the roles stage runs in linear time on 1 MB of ${label}`, () => {
      expectLinearTime((size) => pipelineStageTime('roles', repeatedTo(unit, size)), 'roles');
    });
  }
});
