// The dates corpus (extractors/dates/corpus.ts), one test per example.
import { DATES_CORPUS } from '../../extractors/dates/corpus.js';
import { describeCorpus } from './run-corpus.js';

describeCorpus('dates', DATES_CORPUS);
