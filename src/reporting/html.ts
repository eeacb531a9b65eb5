import { InvalidArgumentError } from '../errors.js';
import { OVERDUE_BANDS, type OverdueBand, type PerformanceReport, type StageFigures, type StageReport } from './types.js';

/** Options of {@link reportToHtml}. */
export interface HtmlReportOptions {
  /** The document title and main heading (default: `Complaints performance report`). */
  readonly title?: string;
}

/** Escapes text for HTML and SVG text and attribute values. */
function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

const DASH = '–';

/** A number with at most one decimal place and thousands separated by commas (no locale data needed). */
function num(n: number | null): string {
  if (n === null) return DASH;
  const tenths = Math.round(Math.abs(n) * 10);
  const whole = String(Math.floor(tenths / 10)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = tenths % 10;
  return `${n < 0 ? '-' : ''}${whole}${frac === 0 ? '' : `.${frac}`}`;
}

function pct(n: number | null): string {
  return n === null ? DASH : `${num(n)}%`;
}

function countPct(count: number, p: number | null): string {
  return p === null ? String(count) : `${count} (${pct(p)})`;
}

const BAND_TEXT: Readonly<Record<OverdueBand, string>> = { '1-5': '1–5', '6-10': '6–10', '11-20': '11–20', 'over-20': 'over 20' };

interface Table {
  readonly caption: string;
  readonly head: readonly string[];
  /** The first cell of each row is a row header. */
  readonly rows: readonly (readonly string[])[];
  readonly id?: string;
}

function table(t: Table): string {
  const head = t.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = t.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('\n');
  return `<table${t.id ? ` id="${esc(t.id)}"` : ''}>\n<caption>${esc(t.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Charts: inline SVG, patterns rather than colours alone, every bar labelled with its value.
// ---------------------------------------------------------------------------------------------------------------

const INK = '#1b1b1b';
const BAR = '#0b3c5d';

/** Pattern fills that stay distinct in black-and-white print: solid, diagonal hatch, cross-hatch, dots, horizontal lines. */
function patterns(prefix: string): string {
  const p = (id: string, body: string) =>
    `<pattern id="${prefix}-${id}" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="#ffffff"/>${body}</pattern>`;
  return [
    `<defs>`,
    p('p1', `<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="${BAR}" stroke-width="2"/>`),
    p('p2', `<path d="M0,0 l8,8 M8,0 l-8,8" stroke="${BAR}" stroke-width="1.5"/>`),
    p('p3', `<circle cx="4" cy="4" r="2" fill="${BAR}"/>`),
    p('p4', `<path d="M0,2 h8 M0,6 h8" stroke="${BAR}" stroke-width="1.5"/>`),
    `</defs>`,
  ].join('');
}

function fillOf(prefix: string, i: number): string {
  const k = i % 5;
  return k === 0 ? BAR : `url(#${prefix}-p${k})`;
}

/** Percentage responded in time (against the due date in force) per quarter, one bar per stage. */
function inTimeChart(id: string, caseTypeTitle: string, stages: readonly StageReport[], report: PerformanceReport): string {
  const quarters = report.quarters;
  const width = 760;
  const height = 340;
  const left = 56;
  const right = 16;
  const top = 24;
  const legendHeight = 22 * Math.ceil(stages.length / 2);
  const bottom = 44 + legendHeight;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const groupW = plotW / Math.max(quarters.length, 1);
  const barW = Math.min(48, (groupW * 0.8) / Math.max(stages.length, 1));
  const y = (p: number) => top + plotH - (plotH * p) / 100;
  const parts: string[] = [];
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#8a8a8a" stroke-width="${tick === 0 ? 1.5 : 0.75}"/>`);
    parts.push(`<text x="${left - 8}" y="${y(tick) + 4}" text-anchor="end" font-size="12" fill="${INK}">${tick}%</text>`);
  }
  const summary: string[] = [];
  quarters.forEach((q, qi) => {
    const gx = left + qi * groupW + (groupW - barW * stages.length) / 2;
    stages.forEach((s, si) => {
      const f = s.quarters[qi]!;
      const x = gx + si * barW;
      const p = f.percentInTime;
      if (p === null) {
        parts.push(`<text x="${x + barW / 2}" y="${y(0) - 4}" text-anchor="middle" font-size="10" fill="${INK}">n/a</text>`);
      } else {
        const h = y(0) - y(p);
        parts.push(
          `<rect class="bar" x="${x.toFixed(1)}" y="${y(p).toFixed(1)}" width="${(barW - 4).toFixed(1)}" height="${h.toFixed(1)}" fill="${fillOf(id, si)}" stroke="${BAR}" stroke-width="1"><title>${esc(`${s.stageTitle}, ${q.label}: ${pct(p)} of ${f.responded} in time`)}</title></rect>`,
        );
        parts.push(
          `<text x="${(x + (barW - 4) / 2).toFixed(1)}" y="${(y(p) - 4).toFixed(1)}" text-anchor="middle" font-size="11" fill="${INK}">${esc(`${Math.round(p)}%`)}</text>`,
        );
      }
    });
    parts.push(
      `<text x="${(left + qi * groupW + groupW / 2).toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle" font-size="12" fill="${INK}">${esc(q.label)}</text>`,
    );
  });
  stages.forEach((s, si) => {
    const lx = left + (si % 2) * (plotW / 2);
    const ly = top + plotH + 34 + Math.floor(si / 2) * 22;
    parts.push(`<rect x="${lx}" y="${ly}" width="16" height="14" fill="${fillOf(id, si)}" stroke="${BAR}"/>`);
    parts.push(`<text x="${lx + 22}" y="${ly + 12}" font-size="12" fill="${INK}">${esc(s.stageTitle)}</text>`);
    summary.push(
      `${s.stageTitle}: ${s.quarters.map((f, qi) => `${quarters[qi]!.label} ${f.percentInTime === null ? 'no responses' : pct(f.percentInTime)}`).join(', ')}`,
    );
  });
  const title = `Percentage of responses sent in time, by quarter: ${caseTypeTitle}`;
  const desc = `Bar chart. ${summary.join('. ')}. In time means sent on or before the due date in force (the extended date when an extension was agreed). The same figures are in the table after the chart.`;
  return svg(id, width, height, title, desc, parts);
}

/** Reasons for delay of the late responses in the whole period, all stages of a case type together, and those awaited. */
function delayChart(id: string, caseTypeTitle: string, stages: readonly StageReport[], report: PerformanceReport): string {
  const items = report.delayReasonCodes.map((c) => ({
    label: `${c.code} ${c.label}`,
    value: stages.reduce((n, s) => n + (s.period.delayReasons.byCode[c.code] ?? 0), 0),
    awaited: false,
  }));
  items.push({
    label: report.awaitedCode ? `${report.awaitedCode.code} ${report.awaitedCode.label}` : 'Reason awaited',
    value: stages.reduce((n, s) => n + s.period.delayReasons.awaited, 0),
    awaited: true,
  });
  const width = 760;
  const rowH = 30;
  const top = 12;
  const labelW = 260;
  const right = 60;
  const height = top + items.length * rowH + 30;
  const max = Math.max(1, ...items.map((i) => i.value));
  const plotW = width - labelW - right;
  const parts: string[] = [];
  parts.push(`<line x1="${labelW}" x2="${labelW}" y1="${top - 4}" y2="${top + items.length * rowH}" stroke="#8a8a8a" stroke-width="1.5"/>`);
  items.forEach((item, i) => {
    const yy = top + i * rowH;
    parts.push(`<text x="${labelW - 8}" y="${yy + 19}" text-anchor="end" font-size="12" fill="${INK}">${esc(item.label)}</text>`);
    const w = (plotW * item.value) / max;
    if (item.value > 0) {
      parts.push(
        `<rect class="bar" x="${labelW}" y="${yy + 6}" width="${w.toFixed(1)}" height="${rowH - 10}" fill="${item.awaited ? fillOf(id, 1) : BAR}" stroke="${BAR}" stroke-width="1"><title>${esc(`${item.label}: ${item.value}`)}</title></rect>`,
      );
    }
    parts.push(`<text x="${(labelW + w + 6).toFixed(1)}" y="${yy + 19}" font-size="12" fill="${INK}">${item.value}</text>`);
  });
  parts.push(
    `<text x="8" y="${height - 8}" font-size="11" fill="${INK}">Late responses sent ${esc(report.from)} to ${esc(report.to)}; the hatched bar is still awaiting a reason on ${esc(report.asOf)}.</text>`,
  );
  const title = `Reasons for delay of late responses: ${caseTypeTitle}`;
  const desc = `Horizontal bar chart. ${items.map((i) => `${i.label}: ${i.value}`).join('; ')}. The same figures are in the table after the chart.`;
  return svg(id, width, height, title, desc, parts, patterns(id));
}

/** A round step for a count axis with at most five steps up to `max` (1, 2, 5, 10, 20, 50, …). */
function countStep(max: number): number {
  let step = 1;
  for (let k = 0; max / step > 5; k++) step = [1, 2, 5][(k + 1) % 3]! * 10 ** Math.floor((k + 1) / 3);
  return step;
}

/** Open stages overdue at `asOf`, by band of working days overdue, one bar per stage in each band. */
function overdueChart(id: string, caseTypeTitle: string, stages: readonly StageReport[], report: PerformanceReport): string {
  const width = 760;
  const left = 56;
  const right = 16;
  const top = 24;
  const legendHeight = 22 * Math.ceil(stages.length / 2);
  const bottom = 44 + legendHeight;
  const height = 300 + legendHeight;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const most = Math.max(0, ...stages.flatMap((s) => OVERDUE_BANDS.map((b) => s.overdue.bands[b])));
  const step = countStep(most);
  const axisMax = Math.max(step, Math.ceil(most / step) * step);
  const y = (n: number) => top + plotH - (plotH * n) / axisMax;
  const groupW = plotW / OVERDUE_BANDS.length;
  const barW = Math.min(48, (groupW * 0.8) / Math.max(stages.length, 1));
  const parts: string[] = [];
  for (let tick = 0; tick <= axisMax; tick += step) {
    parts.push(
      `<line x1="${left}" x2="${width - right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="#8a8a8a" stroke-width="${tick === 0 ? 1.5 : 0.75}"/>`,
    );
    parts.push(`<text x="${left - 8}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end" font-size="12" fill="${INK}">${num(tick)}</text>`);
  }
  OVERDUE_BANDS.forEach((band, bi) => {
    const gx = left + bi * groupW + (groupW - barW * stages.length) / 2;
    stages.forEach((s, si) => {
      const n = s.overdue.bands[band];
      const x = gx + si * barW;
      if (n > 0) {
        parts.push(
          `<rect class="bar" x="${x.toFixed(1)}" y="${y(n).toFixed(1)}" width="${(barW - 4).toFixed(1)}" height="${(y(0) - y(n)).toFixed(1)}" fill="${fillOf(id, si)}" stroke="${BAR}" stroke-width="1"><title>${esc(`${s.stageTitle}, ${BAND_TEXT[band]} working days overdue: ${n}`)}</title></rect>`,
        );
      }
      parts.push(`<text x="${(x + (barW - 4) / 2).toFixed(1)}" y="${(y(n) - 4).toFixed(1)}" text-anchor="middle" font-size="11" fill="${INK}">${num(n)}</text>`);
    });
    parts.push(
      `<text x="${(left + bi * groupW + groupW / 2).toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle" font-size="12" fill="${INK}">${esc(`${BAND_TEXT[band]} working days`)}</text>`,
    );
  });
  stages.forEach((s, si) => {
    const lx = left + (si % 2) * (plotW / 2);
    const ly = top + plotH + 34 + Math.floor(si / 2) * 22;
    parts.push(`<rect x="${lx}" y="${ly}" width="16" height="14" fill="${fillOf(id, si)}" stroke="${BAR}"/>`);
    parts.push(`<text x="${lx + 22}" y="${ly + 12}" font-size="12" fill="${INK}">${esc(s.stageTitle)}</text>`);
  });
  const total = stages.reduce((n, s) => n + s.overdue.total, 0);
  const summary =
    total === 0
      ? `No open case was overdue on ${report.asOf}`
      : stages.map((s) => `${s.stageTitle}: ${OVERDUE_BANDS.map((b) => `${BAND_TEXT[b]} working days ${s.overdue.bands[b]}`).join(', ')}`).join('. ');
  const title = `Open cases overdue on ${report.asOf}, by working days overdue: ${caseTypeTitle}`;
  const desc = `Bar chart. ${summary}. The same figures are in the table after the chart.`;
  return svg(id, width, height, title, desc, parts);
}

function svg(id: string, width: number, height: number, title: string, desc: string, parts: readonly string[], defs = patterns(id)): string {
  return [
    `<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg" font-family="Arial, Helvetica, sans-serif">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<desc id="${id}-desc">${esc(desc)}</desc>`,
    defs,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------------------------

function summaryTable(stages: readonly StageReport[], report: PerformanceReport): string {
  return table({
    caption: `Whole period ${report.from} to ${report.to}: responses, timeliness and working days to respond`,
    head: [
      'Stage',
      'Timescale',
      'Received',
      'Responded',
      'In time, original due date',
      'In time, incl. extensions',
      'Mean working days',
      'Median working days',
      'Longest',
      'Extensions agreed',
      'Beyond statutory maximum',
      'Asked for next stage',
      `Overdue on ${report.asOf}`,
    ],
    rows: stages.map((s) => {
      const f = s.period;
      return [
        s.stageTitle,
        s.timescale,
        String(f.received),
        String(f.responded),
        countPct(f.inTimeOriginal, f.percentInTimeOriginal),
        countPct(f.inTime, f.percentInTime),
        num(f.meanWorkingDays),
        num(f.medianWorkingDays),
        num(f.longestWorkingDays),
        String(f.extensionsAgreed),
        String(f.extensionsBeyondMaximum),
        countPct(f.escalated, f.percentEscalated),
        String(s.overdue.total),
      ];
    }),
  });
}

function inTimeTable(stages: readonly StageReport[], report: PerformanceReport, caseTypeTitle: string): string {
  return table({
    caption: `Data for the chart: responses sent in time (of those sent) by quarter, ${caseTypeTitle}`,
    head: ['Quarter', ...stages.map((s) => s.stageTitle)],
    rows: report.quarters.map((q, qi) => [
      `${q.label} (${q.from} to ${q.to})`,
      ...stages.map((s) => {
        const f = s.quarters[qi]!;
        return f.responded === 0 ? 'no responses' : `${pct(f.percentInTime)} (${f.inTime} of ${f.responded})`;
      }),
    ]),
  });
}

function quarterTable(s: StageReport, report: PerformanceReport): string {
  const row = (label: string, f: StageFigures) => [
    label,
    String(f.received),
    String(f.responded),
    countPct(f.inTime, f.percentInTime),
    countPct(f.inTimeOriginal, f.percentInTimeOriginal),
    num(f.meanWorkingDays),
    num(f.medianWorkingDays),
    num(f.longestWorkingDays),
    String(f.extensionsAgreed),
    String(f.late),
  ];
  return table({
    caption: `${s.stageTitle} by quarter`,
    head: ['Period', 'Received', 'Responded', 'In time, incl. extensions', 'In time, original', 'Mean working days', 'Median', 'Longest', 'Extensions agreed', 'Late'],
    rows: [...s.quarters.map((f, qi) => row(report.quarters[qi]!.label, f)), row('Whole period', s.period)],
  });
}

function delayTable(stages: readonly StageReport[], report: PerformanceReport, caseTypeTitle: string): string {
  const codes = report.delayReasonCodes;
  const awaitedLabel = report.awaitedCode ? `${report.awaitedCode.code} ${report.awaitedCode.label}` : 'Reason awaited';
  return table({
    caption: `Data for the chart: reasons for delay of late responses, whole period, ${caseTypeTitle}`,
    head: ['Reason', ...stages.map((s) => s.stageTitle), 'All stages'],
    rows: [
      ...codes.map((c) => {
        const counts = stages.map((s) => s.period.delayReasons.byCode[c.code] ?? 0);
        return [`${c.code} ${c.label}`, ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))];
      }),
      (() => {
        const counts = stages.map((s) => s.period.delayReasons.awaited);
        return [awaitedLabel, ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))];
      })(),
    ],
  });
}

function outcomeTable(stages: readonly StageReport[]): string {
  return table({
    caption: 'Outcomes of the responses sent in the period, and how many complainants then asked for the next stage',
    head: ['Stage', 'Upheld', 'Partly upheld', 'Not upheld', 'No outcome recorded', 'Asked for next stage'],
    rows: stages.map((s) => {
      const o = s.period.outcomes;
      return [s.stageTitle, String(o.upheld), String(o.partlyUpheld), String(o.notUpheld), String(o.none), countPct(s.period.escalated, s.period.percentEscalated)];
    }),
  });
}

function overdueTable(stages: readonly StageReport[], report: PerformanceReport, caseTypeTitle: string): string {
  return table({
    caption: `Data for the chart: open and overdue on ${report.asOf}, by working days overdue, ${caseTypeTitle}`,
    head: ['Stage', ...OVERDUE_BANDS.map((b) => `${BAND_TEXT[b]} working days`), 'Total', 'Longest'],
    rows: stages.map((s) => [s.stageTitle, ...OVERDUE_BANDS.map((b) => String(s.overdue.bands[b])), String(s.overdue.total), num(s.overdue.longestWorkingDays)]),
  });
}

const STYLE = `
body { font-family: Arial, Helvetica, sans-serif; color: #1b1b1b; background: #ffffff; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.8rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.4rem; border-bottom: 2px solid #1b1b1b; padding-bottom: 0.2rem; margin-top: 2.2rem; }
h3 { font-size: 1.1rem; margin-top: 1.6rem; }
table { border-collapse: collapse; margin: 0.75rem 0 1.25rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.35rem; }
th, td { border: 1px solid #6b6b6b; padding: 0.3rem 0.5rem; text-align: right; vertical-align: top; }
th[scope="row"], thead th:first-child { text-align: left; }
thead th { background: #e8e8e8; }
figure { margin: 0.75rem 0; }
svg { max-width: 100%; height: auto; }
.meta { color: #333333; }
dt { font-weight: bold; margin-top: 0.5rem; }
@media print { body { margin: 0; max-width: none; } h2 { break-before: auto; } table, figure { break-inside: avoid; } }
`;

/**
 * A performance report as one self-contained HTML document for a committee paper: no external assets and no
 * scripts, `lang="en-GB"`, the summary tables, and inline SVG charts for each case type: the percentage of
 * responses sent in time by quarter per stage, the open cases overdue at `asOf` by band of working days overdue
 * (1–5, 6–10, 11–20, over 20) per stage, and, when the policy has delay-reason codes, the reasons for delay. Each chart is an `<svg role="img">` labelled by its own `<title>`
 * and `<desc>` (a text alternative listing its figures) and is followed by a table of the same data; bars carry
 * hatching patterns and value labels, so the charts read in black-and-white print. All text is escaped.
 *
 * Case references appear only in the lists of overdue cases and of late responses awaiting a reason, and only
 * when the report was made with `includeReferences` (the default).
 *
 * @param report - from {@link performanceReport}.
 * @param options - `title` (default `Complaints performance report`).
 *
 * @example
 * import { getPolicy, openCase, applyEvent, performanceReport, reportToHtml } from 'statutory-complaints';
 * const policy = getPolicy('dudley');
 * const kase = applyEvent(policy, openCase(policy, { reference: 'EX-1', receivedAt: '2026-06-01' }),
 *   { type: 'response-sent', on: '2026-06-12', outcome: 'upheld' });
 * const html = reportToHtml(performanceReport(policy, [kase], { from: '2026-04-01', to: '2026-06-30' }), { title: 'Q1 <draft>' });
 * html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">') //=> true
 * html.includes('<title>Q1 &lt;draft&gt;</title>') //=> true
 * // Dudley records reasons for delay: in time by quarter, reasons for delay, overdue by band.
 * html.match(/<svg role="img"/g).length //=> 3
 * /<script|<link|src=/.test(html) //=> false
 */
export function reportToHtml(report: PerformanceReport, options: HtmlReportOptions = {}): string {
  if (typeof report !== 'object' || report === null || !Array.isArray((report as { stages?: unknown }).stages)) {
    throw new InvalidArgumentError('report', 'must be a report returned by performanceReport');
  }
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('options', "must be an object such as { title: 'Quarterly report' }");
  const title = options.title ?? 'Complaints performance report';
  if (typeof title !== 'string' || title.trim() === '') throw new InvalidArgumentError('options.title', 'must be a non-empty string');

  const out: string[] = [];
  out.push('<!DOCTYPE html>', '<html lang="en-GB">', '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>${esc(title)}</title>`, `<style>${STYLE}</style>`, '</head>', '<body>', '<header>');
  out.push(`<h1>${esc(title)}</h1>`);
  out.push(
    `<p class="meta">${esc(report.policy.title)} (policy ${esc(report.policy.id)} ${esc(report.policy.version)}).${
      report.openedUnder
        ? ` What-if: figures computed under ${esc(report.policy.id)} for cases opened under ${esc(report.openedUnder.id)}${
            report.openedUnder.eventsSetAside > 0 ? ` (${report.openedUnder.eventsSetAside} events only the old deadlines explain set aside)` : ''
          }.`
        : ''
    } Period ${esc(report.from)} to ${esc(report.to)}; cases as recorded on ${esc(report.asOf)}. Working days exclude weekends and bank holidays.</p>`,
  );
  out.push('</header>', '<main>');

  const byType = new Map<string, StageReport[]>();
  for (const s of report.stages) {
    const list = byType.get(s.caseType) ?? [];
    list.push(s);
    byType.set(s.caseType, list);
  }
  if (byType.size === 0) out.push('<p>No cases were given for this report.</p>');
  let chart = 0;
  for (const stages of byType.values()) {
    const caseTypeTitle = stages[0]!.caseTypeTitle;
    out.push('<section>', `<h2>${esc(caseTypeTitle)}</h2>`);
    out.push('<h3>Summary</h3>', summaryTable(stages, report));

    out.push('<h3>Responses sent in time, by quarter</h3>');
    chart++;
    out.push(`<figure>\n${inTimeChart(`chart${chart}`, caseTypeTitle, stages, report)}\n</figure>`);
    out.push(inTimeTable(stages, report, caseTypeTitle));

    out.push('<h3>Reasons for delay</h3>');
    if (report.delayReasonCodes.length > 0) {
      chart++;
      out.push(`<figure>\n${delayChart(`chart${chart}`, caseTypeTitle, stages, report)}\n</figure>`);
      out.push(delayTable(stages, report, caseTypeTitle));
    } else {
      out.push('<p>The policy records no reason codes for late responses.</p>');
    }
    out.push('<h3>Each stage by quarter</h3>');
    for (const s of stages) out.push(quarterTable(s, report));
    out.push('<h3>Outcomes and escalation</h3>', outcomeTable(stages));
    out.push('<h3>Overdue cases</h3>');
    chart++;
    out.push(`<figure>\n${overdueChart(`chart${chart}`, caseTypeTitle, stages, report)}\n</figure>`);
    out.push(overdueTable(stages, report, caseTypeTitle));
    out.push('</section>');
  }

  if (report.includeReferences) {
    out.push('<section>', '<h2>Cases needing action</h2>');
    out.push(
      report.overdueCases.length === 0
        ? `<p>No open case was overdue on ${esc(report.asOf)}.</p>`
        : table({
            caption: `Open cases overdue on ${report.asOf}, most overdue first`,
            head: ['Reference', 'Stage', 'Received', 'Due', 'Working days overdue'],
            rows: report.overdueCases.map((c) => [c.reference, c.stage, c.received, c.due, String(c.workingDaysOverdue)]),
          }),
    );
    out.push(
      report.reasonAwaitedCases.length === 0
        ? '<p>No late response of the period is awaiting a reason for delay.</p>'
        : table({
            caption: `Late responses still awaiting a reason for delay on ${report.asOf}`,
            head: ['Reference', 'Stage', 'Due', 'Responded', 'Working days late'],
            rows: report.reasonAwaitedCases.map((c) => [c.reference, c.stage, c.due, c.responded, String(c.workingDaysLate)]),
          }),
    );
    out.push('</section>');
  }

  out.push('<section>', '<h2>How the figures are counted</h2>', '<dl>');
  const defs: [string, string][] = [
    ['Received', 'Stages received in the period: the date of receipt of the complaint for the first stage, the date the complainant asked for a later stage.'],
    [
      'Responded, in time, working days, outcomes, reasons for delay, asked for next stage',
      'Responses sent in the period, measured on the date the response was sent, never the date the case was closed on a system.',
    ],
    ['In time, original due date', 'Sent on or before the due date worked out from the timescale, before any extension.'],
    ['In time, incl. extensions', 'Sent on or before the due date in force when it was sent: the agreed extended date when there was one.'],
    [
      'Working days to respond',
      'Working days after the start of the stage up to the day the response was sent; a response sent on a weekend or bank holiday counts from the next working day.',
    ],
    ['Extensions agreed', 'Extensions agreed in the period; beyond statutory maximum: those setting a date beyond the longest time the regulations allow.'],
    ['Overdue', `Stages received by ${report.to}, not answered and still open on ${report.asOf}, past their due date, by working days overdue.`],
    ['Reasons for delay', 'The reason code recorded for each late response; a late response without one is counted as awaiting a reason.'],
  ];
  for (const [term, text] of defs) out.push(`<dt>${esc(term)}</dt><dd>${esc(text)}</dd>`);
  out.push('</dl>', `<p>${DASH} means no responses in the period, so no figure.</p>`, '</section>');
  out.push('</main>', '</body>', '</html>', '');
  return out.join('\n');
}
