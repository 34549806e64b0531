import { readFileSync } from 'node:fs';
import { buildReportModel } from '../../src/core/report-model.js';
import { renderReportHtml, type ReportChart } from '../../src/render/report-html.js';
import type { ReportLabels } from '../../src/render/phrase.js';
import { sanitizeSvg } from '../../src/render/sanitize-svg.js';
import { isWeekday, reportPlan, reportSchedule } from '../helpers/report-fixture.js';

function render(chart: ReportChart, language: 'de' | 'en' = 'de'): string {
  const model = buildReportModel({
    plan: reportPlan(language),
    schedule: reportSchedule(),
    statusDate: '2022-03-15',
    isWorkingDay: isWeekday,
  });
  return renderReportHtml({
    model,
    template: readFileSync('templates/report.html', 'utf8'),
    css: readFileSync('templates/report.css', 'utf8'),
    labels: JSON.parse(readFileSync(`templates/labels.${language}.json`, 'utf8')) as ReportLabels,
    language,
    chart,
    file: 'plans/portal.yaml',
  });
}

describe('renderReportHtml', () => {
  const svg = '<svg id="g"><script>alert(1)</script><rect onclick="x()" width="1"/></svg>';
  const html = render({ kind: 'svg', svg });

  test('when plan text has markup then it is text, never an element', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<b>|*neu*|</b>');
    expect(html).toContain('Portal &lt;b&gt;|*neu*|&lt;/b&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('when a chart is given then it is inline SVG without scripts or handlers', () => {
    expect(html).toContain('<svg id="g"><rect width="1"/></svg>');
  });

  test('when the report is written then it fetches nothing and prints on A4', () => {
    expect(html).not.toMatch(/(src|href)=["']?https?:/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('@media print');
  });

  test('when German then amounts and dates are German in the tables', () => {
    expect(html).toContain('<td class="num">1.390.000 €</td>');
    expect(html).toContain('<span class="card-value">nicht gesichert</span>');
    expect(html).toContain('Nächste Beschlusskontrolle: 1. April 2025');
    expect(html).toContain('<html lang="de">');
  });

  test('when no browser drew the chart then the Mermaid text is shown, escaped', () => {
    const fallback = render({ kind: 'mermaid', text: 'gantt\n  A <b>: t1, 2021-01-01, 1d' }, 'en');
    expect(fallback).toContain('<pre class="mermaid-text">gantt\n  A &lt;b&gt;: t1');
    expect(fallback).toContain('€1,390,000');
  });
});

describe('sanitizeSvg', () => {
  test('when an SVG links outside or runs code then that is removed', () => {
    const dirty =
      '<?xml?><svg><a href="javascript:x"><image href="http://e/x.png"/></a>' +
      '<use href="#keep"/><style>@import url(http://e/a.css); a{fill:url(#g)}</style></svg>';
    expect(sanitizeSvg(dirty)).toBe(
      '<svg><a><image/></a><use href="#keep"/><style> a{fill:url(#g)}</style></svg>',
    );
  });

  test('when a handler or a style fetches then it goes, in tags and style attributes', () => {
    const dirty =
      '<svg><g onload="x()" class="a" style="fill:url(http://e/x)"><rect onclick=y /></g>' +
      '<script>alert(1)</script><foreignObject><div>x</div></foreignObject></svg>';
    expect(sanitizeSvg(dirty)).toBe('<svg><g class="a" style="fill:none"><rect /></g></svg>');
  });

  test('when plan text looks like markup or CSS then the text stays exactly as written', () => {
    const text =
      '<svg><text class="t">Switch portal online=yes</text>' +
      '<text>Theme url(corporate) applied &lt;img src=x onerror=alert(2)&gt;</text></svg>';
    expect(sanitizeSvg(text)).toBe(text);
  });
});
