import { mutationVitestConfig } from './vitest.base.js';

export default mutationVitestConfig(['test/templates/**/*.test.ts']);
