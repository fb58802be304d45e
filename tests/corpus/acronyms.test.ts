import { describeCorpus } from './run-corpus.js';
import { acronymExamples } from '../../extractors/acronyms/corpus.js';

describeCorpus('acronyms', acronymExamples);
