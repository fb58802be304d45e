import { describeCorpus } from './run-corpus.js';
import { organizationExamples } from '../../extractors/organizations/corpus.js';

describeCorpus('organizations', organizationExamples);
