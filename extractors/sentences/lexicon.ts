// Abbreviations Vietnamese news writes with a dot that never end a sentence: academic and professional titles, the
// administrative prefixes before a place name or number, and a few foreign courtesy titles. Keys are folded
// (lower case), without the dot. `v.v.` is not here: it may close a sentence (`sách, vở v.v. Sau đó ...`).
import { foldKey } from '../shared/vietnamese.js';

const NON_FINAL_ABBREVIATIONS_LIST = [
  // academic and professional titles
  'gs', 'pgs', 'ts', 'ths', 'th.s', 'ncs', 'cn', 'ks', 'kts', 'bs', 'ds', 'ls', 'nsưt', 'nsnd', 'ttưt', 'nghs', 'tskh',
  'bsck', 'ckii', 'cki', 'nxb',
  // administrative prefixes before a name or a number (single letters such as `Q.`, `P.` are initials anyway)
  'tp', 'tx', 'tt', 'kp', 'ql', 'tl', 'đt',
  // references
  'tr', 'đ/c', 'đc',
  // foreign courtesy titles
  'mr', 'mrs', 'ms', 'dr', 'st', 'prof',
];

export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(NON_FINAL_ABBREVIATIONS_LIST.map(foldKey));
