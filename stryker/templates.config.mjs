// Mutation testing of src/templates (issue 18). Run through `npm run test:mutation -- templates`.
import { strykerConfig } from './areas.mjs';

export default strykerConfig('templates');
