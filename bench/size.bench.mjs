// Bundle sizes of every browser entry point against their budgets (the same measurement `npm test` enforces in
// scripts/bundle-check.mjs): esbuild --bundle --minify --platform=browser of the built dist/, gzip -9.
import { measure, print } from '../scripts/bundle-check.mjs';

print(await measure());
