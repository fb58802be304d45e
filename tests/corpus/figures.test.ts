// The figures corpus (extractors/figures/corpus.ts): every example is its own test.
import { describeCorpus } from './run-corpus.js';
import { FIGURE_EXAMPLES } from '../../extractors/figures/corpus.js';

describeCorpus('figures', FIGURE_EXAMPLES);
