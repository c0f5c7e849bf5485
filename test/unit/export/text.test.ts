import { describe, expect, it } from 'vitest';
import { drawable, MAX_DRAWN_CHARS, printable, xmlLegal } from '../../../src/core/export/text/clean-text.ts';
import { ellipsize, fitText, textWidth, wrapText } from '../../../src/core/export/text/measure.ts';
import { escapeXmlAttr, escapeXmlText } from '../../../src/core/export/text/xml-escape.ts';
import { base64Utf8 } from '../../../src/core/export/text/base64.ts';

describe('text on its way into an export', () => {
  it('drops what XML forbids, and for printing also bidi, zero-width and control characters', () => {
    expect(xmlLegal('a\u0000b\u0008c\u000Bd\uFFFEe\uFFFFf\uD800g\uDC00h\tI\nJ\rK')).toBe('abcdefgh\tI\nJ\rK');
    expect(xmlLegal('𠀀😀')).toBe('𠀀😀');
    expect(printable(' a\u202Eb\u200Bc\uFEFFd\u2066e\u0085f\n\tg ')).toBe('abcdef g');
  });

  it('cuts a 1 MB label to a drawable length, the same however often it is cut', () => {
    const once = drawable('长'.repeat(1024 * 1024));
    expect(Array.from(once)).toHaveLength(MAX_DRAWN_CHARS);
    expect(once.endsWith('…')).toBe(true);
    expect(drawable(once)).toBe(once);
  });

  it('escapes markup, quotes and line breaks', () => {
    expect(escapeXmlText('</text><script>]]>&\u0001')).toBe('&lt;/text&gt;&lt;script&gt;]]&gt;&amp;');
    expect(escapeXmlAttr(`"'><a\nb`)).toBe('&quot;&apos;&gt;&lt;a&#10;b');
  });

  it('measures CJK as one em and Latin from the font metrics; fits, ellipsizes and wraps', () => {
    expect(textWidth('中文', 10)).toBe(20);
    expect(textWidth('A', 1000)).toBe(608);
    expect(ellipsize('abcdefghijklmnopqrstuvwxyz', 40, 10)).toBe('abcde…');
    expect(textWidth(ellipsize('abcdefghijklmnopqrstuvwxyz', 40, 10), 10)).toBeLessThanOrEqual(40);
    expect(fitText('云服务器 ECS', 200, 12, 9)).toEqual({ text: '云服务器 ECS', size: 12 });
    expect(wrapText('容器服务 Kubernetes 版 ACK', 109, 11, 2, true)).toEqual(['容器服务', 'Kubernetes 版 ACK']);
    expect(wrapText('一二三四五六七八九十一二三四五六七八九十', 55, 11, 2)).toEqual(['一二三四五', '六七八九…']);
  });

  it('encodes base64 like btoa over UTF-8', () => {
    for (const s of ['', 'a', 'ab', 'abc', '<svg/>', '中文 😀']) expect(base64Utf8(s)).toBe(Buffer.from(s, 'utf8').toString('base64'));
  });
});
