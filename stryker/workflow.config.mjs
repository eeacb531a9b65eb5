// Mutation testing of src/workflow (issue 18). Run through `npm run test:mutation -- workflow`.
import { strykerConfig } from './areas.mjs';

export default strykerConfig('workflow');
