import { slugify } from '@/lib/content/slug';

// Deterministic made-up prose for `npm run seed:scale` (db/seed/scale.ts). Everything here is
// generated directly in the stored form (sanitized HTML with anchors, its plain text), because
// running the sanitizer 100,000 times would take longer than the whole seed is allowed to;
// db/seed/scale.test.ts checks that the real pipeline (preparePostContent, renderCommentText)
// turns the same input into exactly these strings.

/** A small, fast PRNG (mulberry32): the same seed gives the same blog. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof createRandom>;

/**
 * An index in [0, n) with Zipf-like weights (index 0 the most frequent): inverse of the
 * continuous 1/x law's cumulative distribution, so no table is needed.
 */
export function zipfIndex(random: Random, n: number, exponent = 1.07): number {
  const u = random.next();
  if (exponent === 1) return Math.min(n - 1, Math.floor(Math.pow(n + 1, u)) - 1);
  const a = 1 - exponent;
  const x = Math.pow(u * (Math.pow(n + 1, a) - 1) + 1, 1 / a);
  return Math.min(n - 1, Math.max(0, Math.floor(x) - 1));
}

// Common words first: word choice is Zipf-like too, as in real prose.
const COMMON = (
  'the of and to in that it is was for on with as his they be at one have this from or had by word but what some we ' +
  'can out other were all there when up use your how said an each she which do their time if will way about many then ' +
  'them write would like so these her long make thing see him two has look more day could go come did number sound no ' +
  'most people my over know water than call first who may down side been now find'
).split(' ');
const RARE = (
  'quote passage reader margin essay letter author sentence paragraph library archive notebook garden river window ' +
  'morning evening winter summer harbour lighthouse mountain meadow journey memory kitchen bicycle coffee teacher ' +
  'student history science poetry novel chapter editor printer ribbon pencil ledger almanac compass station village ' +
  'orchard weather thunder silence balance courage patience kindness borrowed careful quiet bright honest patient ' +
  'curious gentle stubborn ancient modern distant familiar simple hidden written spoken answered argued noticed ' +
  'gathered wandered listened remembered forgotten translated published returned carried measured'
).split(' ');
// Words made of syllables widen the vocabulary to what a search index really holds.
const SYLLABLES = 'ka lo mi ne ru sa te vo bi da fe gu ha ji ko la mo na pe qui ro si tu va we xo ya zu'.split(' ');

/** The word seeded into about one post in ten, so search has many matches to rank. */
export const SEARCH_TERM = 'lantern';

function word(random: Random): string {
  const roll = random.next();
  if (roll < 0.55) return COMMON[zipfIndex(random, COMMON.length)];
  if (roll < 0.9) return RARE[zipfIndex(random, RARE.length, 0.8)];
  let made = '';
  for (let i = random.int(2, 4); i > 0; i--) made += random.pick(SYLLABLES);
  return made;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function sentence(random: Random, extraWord?: string): string {
  const words: string[] = [];
  for (let i = random.int(7, 18); i > 0; i--) words.push(word(random));
  if (extraWord) words.splice(random.int(1, words.length - 1), 0, extraWord);
  const mid = random.chance(0.3) ? random.int(3, words.length - 2) : -1;
  return capitalize(words.map((w, i) => (i === mid ? `${w},` : w)).join(' ')) + (random.chance(0.1) ? '?' : '.');
}

function paragraphText(random: Random, extraWord?: string): string {
  const sentences: string[] = [];
  const count = random.int(3, 6);
  const at = extraWord ? random.int(0, count - 1) : -1;
  for (let i = 0; i < count; i++) sentences.push(sentence(random, i === at ? extraWord : undefined));
  return sentences.join(' ');
}

export function title(random: Random, extraWord?: string): string {
  const words: string[] = [];
  for (let i = random.int(3, 7); i > 0; i--) words.push(random.next() < 0.4 ? random.pick(COMMON) : random.pick(RARE));
  if (extraWord) words.push(extraWord);
  return capitalize(words.join(' '));
}

const PEOPLE_FIRST =
  'Ada Bruno Clara Dmitri Elena Farid Grace Hugo Ines Jonas Kaia Leo Maya Nils Olga Pablo Rosa Sami Tove Yuki'.split(' ');
const PEOPLE_LAST =
  'Achterberg Bellamy Castillo Dumont Eriksen Fontaine Gallo Haddad Ivanova Jansen Kowalski Lindqvist Moreau Novak Okafor'.split(
    ' ',
  );

export function personName(random: Random): string {
  return `${random.pick(PEOPLE_FIRST)} ${random.pick(PEOPLE_LAST)}`;
}

export interface GeneratedBody {
  /** Sanitized HTML with heading ids and quote ids, as preparePostContent stores it. */
  html: string;
  /** Its plain text, one block a line, as htmlToText gives it. */
  text: string;
}

/**
 * A post body of about `targetBytes` of HTML: paragraphs, a heading or two, and (in most posts)
 * a quote figure with a source, like the welcome posts'. `extraWord` lands in one paragraph.
 */
export function postBody(random: Random, targetBytes: number, extraWord?: string): GeneratedBody {
  const html: string[] = [];
  const text: string[] = [];
  let size = 0;
  const headingIds = new Set<string>();
  const quoteAt = random.chance(0.7) ? random.int(1, 3) : -1;
  let blocks = 0;
  let extraPlaced = !extraWord;
  while (size < targetBytes || !extraPlaced) {
    if (blocks === quoteAt) {
      const lines = [paragraphText(random)];
      if (random.chance(0.5)) lines.push(paragraphText(random));
      const source = `${personName(random)}, “${title(random)}”`;
      const block =
        `<figure><blockquote id="quote-1">${lines.map((l) => `<p>${l}</p>`).join('')}</blockquote>` +
        `<figcaption>— <cite>${source}</cite></figcaption></figure>`;
      html.push(block);
      text.push(...lines, `— ${source}`);
      size += block.length;
    } else if (blocks > 1 && blocks % 4 === 0 && headingIds.size < 3) {
      const heading = title(random);
      const id = slugify(heading, 60);
      if (!headingIds.has(id)) {
        headingIds.add(id);
        const block = `<h2 id="${id}">${heading}</h2>`;
        html.push(block);
        text.push(heading);
        size += block.length;
      }
    } else {
      const placeHere = !extraPlaced && (size >= targetBytes / 2 || random.chance(0.3));
      const line = paragraphText(random, placeHere ? extraWord : undefined);
      if (placeHere) extraPlaced = true;
      const block = `<p>${line}</p>`;
      html.push(block);
      text.push(line);
      size += block.length;
    }
    blocks++;
  }
  return { html: html.join('\n'), text: text.join('\n') };
}

/** What a reader typed, plain text: a paragraph or two, sometimes quoting the post ("> "). */
export function commentSource(random: Random): string {
  const parts: string[] = [];
  if (random.chance(0.15)) parts.push(`> ${sentence(random)}`);
  for (let i = random.int(1, 3); i > 0; i--) {
    const sentences: string[] = [];
    for (let j = random.int(1, 3); j > 0; j--) sentences.push(sentence(random));
    parts.push(sentences.join(' '));
  }
  return parts.join('\n\n');
}

/** The HTML renderCommentText makes of commentSource's text (no links, nothing to escape). */
export function commentHtml(source: string): string {
  return source
    .split('\n\n')
    .map((part) => (part.startsWith('> ') ? `<blockquote><p>${part.slice(2)}</p></blockquote>` : `<p>${part}</p>`))
    .join('');
}
