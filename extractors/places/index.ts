// Places named in the text (provinces, cities, countries, regions, local units), found once from the gazetteer in
// extractors/shared/places.ts and read by the stages that must tell a place from a person or an organization.
import { annotation, defineStage } from '../../pipeline/document.js';
import { findPlaces } from '../shared/places.js';

export const placesStage = defineStage({
  name: 'places',
  requires: ['tokens'],
  run: (document) => findPlaces(document.text, annotation(document, 'tokens')),
});
