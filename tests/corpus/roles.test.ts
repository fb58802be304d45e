import { describeCorpus } from './run-corpus.js';
import { ROLES_CORPUS } from '../../extractors/roles/corpus.js';

describeCorpus('roles', ROLES_CORPUS);
