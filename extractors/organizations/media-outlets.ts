// Media outlets named without an organization noun: a name defined with its web domain (`Chất lượng Việt Nam
// Online (VietQ.vn)`) or ending the way outlet names do (`... Online (VQO)`, `... News`, `... Times`).
import type { AcronymSpan } from '../../pipeline/document.js';
import { domainBaseName } from './acronym-mentions.js';

const OUTLET_NAME_ENDINGS = ['Online', 'News', 'Times', 'Plus', 'TV', 'Today', 'Post', 'Daily', 'Express'];

/** Acronym definitions whose long form is a media outlet's name. */
export function mediaOutletDefinitions(acronyms: readonly AcronymSpan[]): AcronymSpan[] {
  return acronyms.filter(
    (acronym) => acronym.rule !== 'spelled-out'
      && acronym.rule !== 'known-long-form-elsewhere'
      && (domainBaseName(acronym.short) !== null || OUTLET_NAME_ENDINGS.some((ending) => acronym.long.endsWith(ending)))
      && /^\p{Lu}/u.test(acronym.long),
  );
}
