// Writes a WordPress export to measure the importer with: `tsx bench/generate-wxr.ts FILE [posts] [comments per post]`
// (default 10,000 posts with 10 comments each: 100,000 comments, about 110 MB). Streamed, never whole in memory.
import fs from 'node:fs';
import { once } from 'node:events';

const [file = 'bench/import.wxr.xml', postsArg = '10000', perPostArg = '10'] = process.argv.slice(2);
const posts = Number(postsArg);
const perPost = Number(perPostArg);

const words = 'quote source passage reader margin note essay letter rain river stone light window harbor winter'.split(' ');
function sentence(n: number, seed: number) {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[(seed * 7 + i * 13) % words.length]);
  return out.join(' ');
}

// About 6 KB of body per post: paragraphs separated by blank lines (wpautop), a quote with a source, a caption.
function body(i: number) {
  const paragraphs = Array.from({ length: 12 }, (_, p) => `${sentence(70, i + p)}.`);
  return `${paragraphs.slice(0, 6).join('\n\n')}

<blockquote>${sentence(30, i)}.
— Author ${i % 97}</blockquote>

[caption id="attachment_${i}" align="aligncenter" width="300"]<img src="https://bench.example/img/${i}.jpg" alt="Picture ${i}" width="300" height="200" /> Caption ${i}[/caption]

${paragraphs.slice(6).join('\n\n')}`;
}

function comment(i: number, c: number) {
  const id = i * perPost + c + 1;
  const parent = c > 0 && c % 3 !== 0 ? id - 1 : 0;
  return `		<wp:comment>
			<wp:comment_id>${id}</wp:comment_id>
			<wp:comment_author><![CDATA[Reader ${id % 500}]]></wp:comment_author>
			<wp:comment_author_email><![CDATA[reader${id % 500}@example.net]]></wp:comment_author_email>
			<wp:comment_author_url>https://reader${id % 500}.example.net</wp:comment_author_url>
			<wp:comment_date_gmt><![CDATA[2015-01-${String((c % 28) + 1).padStart(2, '0')} 10:${String(c % 60).padStart(2, '0')}:00]]></wp:comment_date_gmt>
			<wp:comment_content><![CDATA[${sentence(40, id)}.

${sentence(20, id + 1)} https://example.org/${id}]]></wp:comment_content>
			<wp:comment_approved><![CDATA[${c % 17 === 16 ? 'spam' : '1'}]]></wp:comment_approved>
			<wp:comment_type><![CDATA[comment]]></wp:comment_type>
			<wp:comment_parent>${parent}</wp:comment_parent>
		</wp:comment>
`;
}

async function main() {
  const out = fs.createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
	<title>Bench</title>
	<link>https://bench.example</link>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>https://bench.example</wp:base_site_url>
	<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[bench]]></wp:author_login><wp:author_email><![CDATA[bench@example.com]]></wp:author_email><wp:author_display_name><![CDATA[Bench Writer]]></wp:author_display_name></wp:author>
`);
  for (let i = 0; i < posts; i++) {
    const day = new Date(Date.UTC(2010, 0, 1) + i * 3_600_000 * 7);
    const gmt = day.toISOString().slice(0, 19).replace('T', ' ');
    const [y, m, d] = gmt.slice(0, 10).split('-');
    let comments = '';
    for (let c = 0; c < perPost; c++) comments += comment(i, c);
    await write(`	<item>
		<title><![CDATA[Post number ${i}: ${sentence(5, i)}]]></title>
		<link>https://bench.example/${y}/${m}/${d}/post-${i}/</link>
		<dc:creator><![CDATA[bench]]></dc:creator>
		<guid isPermaLink="false">https://bench.example/?p=${i + 1}</guid>
		<content:encoded><![CDATA[${body(i)}]]></content:encoded>
		<excerpt:encoded><![CDATA[]]></excerpt:encoded>
		<wp:post_id>${i + 1}</wp:post_id>
		<wp:post_date_gmt><![CDATA[${gmt}]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[post-${i}]]></wp:post_name>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<category domain="category" nicename="c${i % 20}"><![CDATA[Category ${i % 20}]]></category>
		<category domain="post_tag" nicename="t${i % 200}"><![CDATA[Tag ${i % 200}]]></category>
${comments}	</item>
`);
  }
  await write('</channel>\n</rss>\n');
  out.end();
  await once(out, 'finish');
  console.log(`${file}: ${posts} posts, ${posts * perPost} comments, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
