// PLACEHOLDER until the roles extractor lands.
import { defineStage } from '../../pipeline/document.js';

export const rolesStage = defineStage({ name: 'roles', requires: ['organizations', 'people'], run: () => [] });
