// Template renderer: time per byte on hostile inputs of 10 kB, 100 kB and 1 MB. A linear-time renderer shows roughly
// the same ns/byte at every size; a quadratic one would show ns/byte growing about tenfold per step.
// Run with `npm run bench` (builds first) or `node bench/templates.bench.mjs` after `npm run build`.
import { placeholders, renderTemplate } from '../dist/templates/index.js';

const SIZES = [10_000, 100_000, 1_000_000];

/** A string of about `size` characters made by repeating `unit`. */
const fill = (unit, size) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

const cases = [
  {
    name: 'template of "((((" (no placeholder), html',
    run: (size) => renderTemplate({ subject: 'S', body: fill('((', size) }, {}, { format: 'html' }),
  },
  {
    name: 'deep brackets ((((…name…)))) , text',
    run: (size) => {
      const depth = Math.floor(size / 2);
      return renderTemplate({ subject: 'S', body: `${'('.repeat(depth)}name${')'.repeat(depth)}` }, { name: 'x' });
    },
  },
  {
    name: 'template of "((a))" repeated, html',
    run: (size) => renderTemplate({ subject: 'S', body: fill('((a)) ', size) }, { a: 'x' }, { format: 'html' }),
  },
  {
    name: 'template of "((a??" and "??" runs (placeholders())',
    run: (size) => placeholders({ subject: fill('((a??', size), body: `((a${fill('??', size)}))` }),
  },
  {
    name: 'value of "<script>" repeated, html',
    run: (size) => renderTemplate({ subject: 'S', body: '((v))' }, { v: fill('<script>alert(1)</script>', size) }, { format: 'html' }),
  },
  {
    name: "value of '[a](http://' repeated, html",
    run: (size) => renderTemplate({ subject: 'S', body: '((v))' }, { v: fill('[a](http://', size) }, { format: 'html' }),
  },
  {
    name: 'value of "[[" repeated, html',
    run: (size) => renderTemplate({ subject: 'S', body: '((v))' }, { v: fill('[[', size) }, { format: 'html' }),
  },
  {
    name: 'value of quotes, dashes and spaces, subject + body, text',
    run: (size) => {
      const v = fill(`"'a - b , . ' "`, size);
      return renderTemplate({ subject: '((v))', body: '((v))' }, { v });
    },
  },
  {
    name: 'value of one-character lines "*\\n#\\n^\\n", html',
    run: (size) => renderTemplate({ subject: 'S', body: '((v))' }, { v: fill('* a\n# b\n^ c\n1. d\n---\n\n', size) }, { format: 'html' }),
  },
  {
    name: 'value with \\r\\n and control characters, subject',
    run: (size) => renderTemplate({ subject: '((v))', body: '' }, { v: fill('a\r\nBcc: x@y\u0000\u2028', size) }),
  },
];

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

console.log('ns per byte of input (median of 5 runs after a warm-up)');
console.log(`${'case'.padEnd(58)}${SIZES.map((s) => `${s / 1000} kB`.padStart(12)).join('')}`);
for (const { name, run } of cases) {
  const cells = [];
  for (const size of SIZES) {
    run(size); // warm-up
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(time(() => run(size)));
    cells.push((median(runs) / size).toFixed(1).padStart(12));
  }
  console.log(`${name.padEnd(58)}${cells.join('')}`);
}
