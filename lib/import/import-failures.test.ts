import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportInterrupted, ImportRefused } from './types';
import { importTestDatabase } from './test-support';

// Files that are not what they should be: refused with a message, or stopped at the broken item with
// everything before it imported whole and nothing of that item.
const t = importTestDatabase('failures');
let runImport: typeof import('./run').runImport;

const write = (name: string, text: string | Buffer) => {
  const file = path.join(t.dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const counts = async () =>
  (await t.rows<{ p: number; c: number }>('select (select count(*) from posts) p, (select count(*) from comments) c'))[0];

beforeAll(async () => {
  await t.setUp();
  ({ runImport } = await import('./run'));
});

describe('files the importer refuses', () => {
  const refusals: [string, string | Buffer, RegExp][] = [
    [
      'an RSS feed',
      '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
      /This is an RSS feed, not a WordPress export/,
    ],
    [
      'an Atom feed from elsewhere',
      "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><id>urn:x</id></feed>",
      /an Atom feed, but not a Blogger export/,
    ],
    ['a web page', '<!DOCTYPE html><html><head><title>Blog</title></head></html>', /looks like a web page \(HTML\)/],
    ['JSON', '{"posts": []}', /looks like a JSON file/],
    ['an empty file', '', /This file is empty/],
    ['another XML file', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', /root element is <svg>/],
  ];
  for (const [what, content, message] of refusals) {
    it(`refuses ${what}, saying what it looks like and what is accepted`, async () => {
      // Named .xml on purpose: the format comes from the content, never the name.
      const error = await runImport(write(`export-${what.replace(/\W+/g, '-')}.xml`, content)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRefused);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toMatch(/Inkwell imports a Blogger backup .* or a WordPress export/);
    });
  }

  it('refuses a zip that holds no Blogger blog', async () => {
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from('hello'), 'notes/readme.txt');
    zip.end();
    const file = path.join(t.dir, 'feed.atom');
    await new Promise((resolve) => zip.outputStream.pipe(fs.createWriteStream(file)).on('close', () => resolve(undefined)));
    await expect(runImport(file)).rejects.toThrow(/This zip archive holds no Blogger blog/);
  });

  it('detects a WordPress export whatever its name', async () => {
    const wxr = fs
      .readFileSync(path.join(import.meta.dirname, 'fixtures', 'wordpress.xml'), 'utf8')
      .replaceAll('OLDHOST', 'renamed.example');
    const summary = await runImport(write('backup.atom', wxr));
    expect(summary.format).toBe('wordpress-wxr');
  });
});

describe('broken files', () => {
  const wxr = () =>
    fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'wordpress.xml'), 'utf8').replaceAll('OLDHOST', 'broken.example');

  it('stops a truncated file with a clear message, keeping every item before the cut and nothing of the cut one', async () => {
    const text = wxr();
    // Cut inside the second item's content: the first item (with its comments) is complete.
    const cut = text.slice(0, text.indexOf('Block editor content'));
    const before = await counts();
    const error = await runImport(write('truncated.xml', cut)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportInterrupted);
    const { message, summary } = error as ImportInterrupted;
    expect(message).toMatch(/The file ends inside <item> that starts at line \d+: it looks cut off \(truncated\)\./);
    expect(message).toMatch(/everything before it was imported \(1 posts, 0 pages, 5 comments\)/);
    expect(summary.created.posts).toBe(1);
    const after = await counts();
    expect(after.p - before.p).toBe(1);
    expect(after.c - before.c).toBe(5);
    expect(await t.rows('select * from imported_items where external_id = ?', ['wxr:http://broken.example:post:102'])).toEqual(
      [],
    );
  });

  it('stops at malformed XML with the line, and the database as it was before that item', async () => {
    const text = wxr()
      .replaceAll('broken.example', 'malformed.example')
      .replace('<title>Gr&#252;&#223;e', '<title>Gr&#252;&#223;e</wrong>');
    const before = await counts();
    const error = await runImport(write('malformed.xml', text)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportInterrupted);
    expect((error as Error).message).toMatch(/^Not well-formed XML at line \d+: /);
    expect((await counts()).p - before.p).toBe(1);
  });

  it('stops at a prefix nobody declared and nobody knows, naming it', async () => {
    const blogger = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'blogger-backup.xml'), 'utf8');
    const text = blogger.replace('blog-777', 'blog-778').replace('<thr:total>3</thr:total>', '<mystery:total>3</mystery:total>');
    const error = await runImport(write('unknown-prefix.xml', text)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportInterrupted);
    expect((error as Error).message).toMatch(/^Not well-formed XML at line \d+: unbound namespace prefix: "mystery"\./);
  });

  it('reads HTML entities that XML does not define, and says so', async () => {
    const text = wxr()
      .replaceAll('broken.example', 'entities.example')
      .replace('<title><![CDATA[A draft about drafts]]></title>', '<title>A draft&nbsp;about&hellip;</title>');
    const summary = await runImport(write('entities.xml', text));
    expect(summary.warnings).toEqual([
      'The file uses HTML entities that XML does not define (like &nbsp;); they were kept as HTML.',
    ]);
    expect(await t.rows('select title from posts where title like ?', ['A draft%about…'])).toContainEqual({
      title: 'A draft\u00a0about…',
    });
  });

  it('matches an author whose login has stray brackets around it, as in real exports', async () => {
    const text = wxr()
      .replaceAll('broken.example', 'brackets.example')
      .replace('<dc:creator><![CDATA[guest]]></dc:creator>', '<dc:creator>>guest</dc:creator>');
    await runImport(write('brackets.xml', text));
    const [row] = await t.rows<{ email: string }>(
      'select u.email from posts p join users u on u.id = p.author_id join imported_items i on i.entity_id = p.id where i.external_id = ?',
      ['wxr:http://brackets.example:post:102'],
    );
    expect(row.email).toBe('guest.writer@example.org');
  });

  it('brings a password-protected post in as a draft, and says so', async () => {
    const text = wxr()
      .replaceAll('broken.example', 'password.example')
      .replace(
        '<wp:post_name><![CDATA[on-quoting]]></wp:post_name>',
        '<wp:post_name><![CDATA[on-quoting]]></wp:post_name><wp:post_password><![CDATA[secret]]></wp:post_password>',
      );
    const summary = await runImport(write('password.xml', text));
    expect(summary.warnings).toEqual([
      '“On quoting & being quoted” is password-protected on WordPress: imported as a draft, not published.',
    ]);
    const [row] = await t.rows<{ status: string }>(
      'select p.status from posts p join imported_items i on i.entity_id = p.id where i.external_id = ?',
      ['wxr:http://password.example:post:101'],
    );
    expect(row.status).toBe('draft');
  });

  it('skips an item with no title and no content, saying so, and imports the rest', async () => {
    const text = wxr()
      .replaceAll('broken.example', 'empty.example')
      .replace('<title><![CDATA[Coming soon]]></title>', '<title></title>')
      .replace('<![CDATA[Scheduled for later.]]>', '');
    const summary = await runImport(write('empty-item.xml', text));
    expect(summary.skipped).toContainEqual({
      kind: 'post',
      item: 'wxr:http://empty.example:post:104',
      reason: 'no title or content',
    });
    expect(summary.created.posts).toBe(3);
  });
});
