// Mutation testing of src/calendar (issue 18). Run through `npm run test:mutation -- calendar`.
import { strykerConfig } from './areas.mjs';

export default strykerConfig('calendar');
