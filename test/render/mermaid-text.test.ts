import {
  createIdMaker,
  escapeMermaidText,
  unescapeMermaidText,
} from '../../src/render/mermaid-text.js';

describe('escapeMermaidText', () => {
  test('when a name has Mermaid syntax characters then each becomes a numeric entity', () => {
    expect(escapeMermaidText('a: b; c # d % e')).toBe('a#58; b#59; c #35; d #37; e');
  });

  test('when a name has markup characters then they become entities, not markup', () => {
    expect(escapeMermaidText('<b>"x" & \'y\'</b>')).toBe(
      '#60;b#62;#34;x#34; #38; #39;y#39;#60;/b#62;',
    );
  });

  test('when a name starts with a Mermaid keyword then its first letter is encoded', () => {
    expect(escapeMermaidText('section Alpha')).toBe('#115;ection Alpha');
    expect(escapeMermaidText('Title of the plan')).toBe('#84;itle of the plan');
    expect(escapeMermaidText('2024-01-01 kick-off')).toBe('#50;024-01-01 kick-off');
  });

  test('when a name is plain words, umlauts and emoji then it stays as it is', () => {
    expect(escapeMermaidText('Einführung der Plattform 🚀, Phase 1')).toBe(
      'Einführung der Plattform 🚀, Phase 1',
    );
  });

  test('when a name already looks like an entity then it still renders as written', () => {
    expect(escapeMermaidText('C#35;')).toBe('C#35;35#59;');
    expect(unescapeMermaidText(escapeMermaidText('C#35;'))).toBe('C#35;');
  });

  test('when a name has a line break then it becomes an entity and stays on one line', () => {
    expect(escapeMermaidText('a\nb')).toBe('a#10;b');
  });

  test('when any text is escaped then unescaping gives it back', () => {
    const samples = ['x: y', '#;%', 'section', 'click here', '¶ßﬂ°', 'a & b <c>'];
    for (const text of samples) expect(unescapeMermaidText(escapeMermaidText(text))).toBe(text);
  });
});

describe('createIdMaker', () => {
  test('when ids have characters Mermaid cannot take then they become underscores', () => {
    const makeId = createIdMaker();
    expect(makeId('t', 'tender-2024.a')).toBe('t_tender_2024_a');
  });

  test('when two ids collide after cleaning then the second gets a suffix', () => {
    const makeId = createIdMaker();
    expect(makeId('t', 'a-b')).toBe('t_a_b');
    expect(makeId('t', 'a_b')).toBe('t_a_b_x2');
    expect(makeId('t', 'a.b')).toBe('t_a_b_x3');
  });
});
