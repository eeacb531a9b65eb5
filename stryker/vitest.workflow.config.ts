import { mutationVitestConfig } from './vitest.base.js';

export default mutationVitestConfig(['test/workflow/**/*.test.ts']);
