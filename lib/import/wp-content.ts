import { escapeAttribute, escapeUTF8 } from 'entities';

/**
 * WordPress stores post bodies as the author typed them and turns them into HTML when it renders:
 * shortcodes (`[caption]`, `[embed]`, …) are expanded, and `wpautop` makes paragraphs out of blank
 * lines. Inkwell stores HTML, so both happen once, here, before the sanitizer. Block-editor content
 * (`<!-- wp:… -->`) is already HTML and WordPress does not run wpautop on it either.
 */
export function wordpressContentToHtml(content: string): string {
  const expanded = expandShortcodes(content);
  return /<!--\s*wp:/.test(content) ? expanded : wpautop(expanded);
}

// Attributes of a shortcode: name="value", name='value', name=value.
function shortcodeAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g))
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return attrs;
}

const link = (url: string) => `<a href="${escapeAttribute(url)}">${escapeUTF8(url)}</a>`;

export function expandShortcodes(content: string): string {
  return (
    content
      // [caption id="…" align="…" width="…"]<a><img/></a> The caption[/caption], or caption="…".
      .replace(/\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/gi, (_, attrText: string, inner: string) => {
        const attrs = shortcodeAttrs(attrText);
        const media = /^\s*((?:<a [^>]*>\s*)?<img [^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
        const image = media ? media[1] : inner;
        const caption = (attrs.caption ?? (media ? media[2] : '')).trim();
        return `<figure>${image}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
      })
      .replace(/\[embed[^\]]*\]([\s\S]*?)\[\/embed\]/gi, (_, url: string) => `<p>${link(url.trim())}</p>`)
      // Audio and video players become a link to the file: Inkwell has no player, the reader still gets it.
      .replace(/\[(audio|video)([^\]]*)\](?:[\s\S]*?\[\/\1\])?/gi, (whole, _kind: string, attrText: string) => {
        const attrs = shortcodeAttrs(attrText);
        const src = attrs.src ?? attrs.mp3 ?? attrs.mp4 ?? attrs.ogg ?? attrs.webm ?? attrs.m4a ?? attrs.wav;
        return src ? `<p>${link(src)}</p>` : '';
      })
      .replace(
        /\[(code|sourcecode)([^\]]*)\]([\s\S]*?)\[\/\1\]/gi,
        (_, _n: string, _a: string, code: string) => `<pre><code>${escapeUTF8(code.replace(/^\n|\n$/g, ''))}</code></pre>`,
      )
      // A gallery lists the post's attachments, which are not imported as such: its images stay where
      // they are in the post, so the shortcode itself is dropped rather than shown as text.
      .replace(/\[gallery[^\]]*\]/gi, '')
  );
}

const BLOCKS =
  'table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary';

/** WordPress's wpautop (wp-includes/formatting.php), the parts that shape real content. */
export function wpautop(input: string): string {
  if (!input.trim()) return '';
  // <pre> keeps its line breaks: set aside and put back at the end.
  const pres: string[] = [];
  let text = input.replace(/<pre[\s\S]*?<\/pre>/gi, (pre) => `<pre wp-pre-tag-${pres.push(pre) - 1}></pre>`);
  text = text.replace(/\r\n?/g, '\n') + '\n';
  text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n');
  text = text.replace(new RegExp(`(<(?:${BLOCKS})[\\s/>])`, 'gi'), '\n\n$1');
  text = text.replace(new RegExp(`(</(?:${BLOCKS})>)`, 'gi'), '$1\n\n');
  text = text.replace(/\n\n+/g, '\n\n');
  text = text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => `<p>${p.replace(/^\n*|\n*$/g, '')}</p>\n`)
    .join('');
  const block = `</?(?:${BLOCKS})[^>]*>`;
  text = text.replace(/<p>\s*<\/p>/g, '');
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/gi, '<p>$1</p></$2>');
  text = text.replace(new RegExp(`<p>\\s*(${block})\\s*</p>`, 'gi'), '$1');
  text = text.replace(/<p>(<li.+?)<\/p>/gi, '$1');
  text = text.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>');
  text = text.replace(/<\/blockquote><\/p>/gi, '</p></blockquote>');
  text = text.replace(new RegExp(`<p>\\s*(${block})`, 'gi'), '$1');
  text = text.replace(new RegExp(`(${block})\\s*</p>`, 'gi'), '$1');
  // Single line breaks inside a paragraph become <br>.
  text = text.replace(/(<br\s*\/?>)?\s*\n(?!\s*<\/p>)/gi, (m, br) => (br ? `${br}\n` : '<br />\n'));
  text = text.replace(new RegExp(`(${block})\\s*<br />`, 'gi'), '$1');
  text = text.replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/gi, '$1');
  text = text.replace(/\n<\/p>$/g, '</p>');
  return text.replace(/<pre wp-pre-tag-(\d+)><\/pre>/g, (_, i: string) => pres[Number(i)]);
}
