import { mutationVitestConfig } from './vitest.base.js';

export default mutationVitestConfig(['test/calendar/**/*.test.ts']);
