// Places named in the text (provinces, cities, countries, regions, local units), found once from the gazetteer in
// extractors/shared/places.ts and read by the stages that must tell a place from a person or an organization.
import { defineStage } from '../../pipeline/document.js';
import { findPlaces } from '../shared/places.js';

export const placesStage = defineStage({
  name: 'places',
  requires: [],
  run: (document) => findPlaces(document.text),
});
