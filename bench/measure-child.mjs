// A child process of bench/streaming.bench.mjs: runs a script (or, with --parse FILE, reads FILE whole and
// JSON.parses it) and writes its own peak RSS and timings to $SC_MEASURE_OUT when it exits.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const self = {};
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  self.cpuMs = (user + system) / 1000;
  self.maxRSS = process.resourceUsage().maxRSS * 1024;
  writeFileSync(process.env.SC_MEASURE_OUT, JSON.stringify(self));
});
if (process.argv[2] === '--parse') {
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let t = performance.now();
  let c = cpu();
  const text = readFileSync(process.argv[3], 'utf8');
  self.readMs = performance.now() - t;
  self.readCpuMs = cpu() - c;
  t = performance.now();
  c = cpu();
  const value = JSON.parse(text);
  self.parseMs = performance.now() - t;
  self.parseCpuMs = cpu() - c;
  self.length = value.length;
} else {
  const script = process.argv[2];
  process.argv.splice(1, 1); // the script sees itself as argv[1], as when run directly
  await import(pathToFileURL(script).href);
}
