import { localizeAxis } from '../../src/render/gantt-labels.js';
import { renderGanttMarkdown } from '../../src/render/gantt-markdown.js';

describe('renderGanttMarkdown', () => {
  test('when a chart is wrapped then the page has a heading, a mermaid block and a legend', () => {
    const page = renderGanttMarkdown({
      title: 'Demo',
      statusDate: '2024-04-05',
      language: 'de',
      chart: 'gantt\n  title Demo\n',
    });
    expect(page).toMatch(/^# Demo – Zeitplan\n\nStichtag: 05\.04\.2024\n\n```mermaid\n/);
    expect(page).toContain('```mermaid\ngantt\n  title Demo\n```\n');
    expect(page).toContain('**Legende**');
    expect(page).toContain('- Raute: Meilenstein.');
  });

  test('when the title has Markdown characters then they are shown, not interpreted', () => {
    const title = 'A *b* <i>c</i> [d](e) #1';
    const page = renderGanttMarkdown({ title, statusDate: null, language: 'en', chart: 'x' });
    expect(page.split('\n')[0]).toBe('# A \\*b\\* &lt;i&gt;c&lt;/i&gt; \\[d\\](e) #1 – Schedule');
  });

  test('when there is no status date then the page names none', () => {
    const page = renderGanttMarkdown({ title: 'T', statusDate: null, language: 'en', chart: 'x' });
    expect(page).not.toContain('Status date');
    expect(page).toContain('**Legend**');
  });
});

describe('localizeAxis', () => {
  const svg =
    '<g class="tick" opacity="1"><line y2="6"/><text fill="#000">Mar 2024</text></g>' +
    '<g class="tick"><text>Oct 2024</text></g><text class="taskText">Mar review</text>';

  test('when the language is German then month names on the axis are German', () => {
    const out = localizeAxis(svg, 'de');
    expect(out).toContain('>Mär 2024</text>');
    expect(out).toContain('>Okt 2024</text>');
  });

  test('when a task name has an English month then it is left alone', () => {
    expect(localizeAxis(svg, 'de')).toContain('>Mar review</text>');
  });

  test('when the language is English then nothing changes', () => {
    expect(localizeAxis(svg, 'en')).toBe(svg);
  });
});
