/**
 * Welcome content seeded into a fresh Inkwell install: four published posts
 * with a few reader comments, so every reader page (post, label, archive,
 * search, feed) has something to show on day one.
 *
 * All text is original. The long quotation in "The art of the quoted passage"
 * is from an invented essay; the Emerson quotation is public domain.
 */

export interface WelcomeComment {
  /** Local key so replies can point at their parent. */
  key: string;
  replyTo?: string;
  authorName: string;
  /** Plain text as a reader types it: blank line = new paragraph, lines starting with "> " are a quote. */
  body: string;
  /** Minutes after the post's publication. */
  minutesAfter: number;
}

export interface WelcomePost {
  slug: string;
  title: string;
  labels: string[];
  /** Post body HTML, using only: p, h2, h3, strong, em, a[href], ul, ol, li, blockquote, figure, figcaption, cite, code, pre, hr. */
  html: string;
  /** Days before the seed runs; newest post has the smallest number. */
  publishedDaysAgo: number;
  comments: WelcomeComment[];
}

export const WELCOME_POSTS: WelcomePost[] = [
  {
    slug: 'welcome-to-inkwell',
    title: 'Welcome to Inkwell',
    labels: ['Getting started'],
    publishedDaysAgo: 1,
    html: `
<p>Welcome to Inkwell. This is your blog now, and this post is the first thing on it — a short tour, written so you have something to read before you write anything of your own. When you’re done with it, edit it, unpublish it or delete it; nothing else depends on it.</p>
<p>Inkwell is built for people who write with quotes. Plenty of blogging tools treat a quotation as an afterthought, a grey bar in the margin. Here a quoted passage is a first-class part of a post: it has a source, it keeps its paragraphs, and it looks like what it is — someone else’s words, set carefully inside your own.</p>
<h2>What Inkwell does</h2>
<ul>
<li><strong>Reader pages.</strong> Every post gets a clean, readable page with its title, date, labels and comments.</li>
<li><strong>Feeds.</strong> Readers can follow along in any feed reader, no account needed.</li>
<li><strong>Search.</strong> One box that looks through titles and post text, quoted passages included.</li>
<li><strong>Labels and an archive.</strong> Give each post a label or two; every label gets its own page, and the archive lists everything you’ve published by date.</li>
<li><strong>Comments with moderation.</strong> Readers can comment and reply to each other. New comments wait in a queue until you approve them.</li>
<li><strong>An editor where Quote is a button.</strong> Select a passage, press <em>Quote</em>, and add the source — a name, and a link if there is one. Inkwell takes care of the markup.</li>
</ul>
<h2>How to begin</h2>
<p>Everything you write starts from the sign-in page at <a href="/login">/login</a>. On a fresh install you’ll need an owner account first, and there are two ways to make one:</p>
<ol>
<li>The first time the server starts with no accounts, it prints a one-time setup link in the server log. Open that link in your browser and choose your name, email address and passphrase.</li>
<li>Or create the account from the project folder on the command line, as shown below.</li>
</ol>
<pre><code>npm run user:create -- --email you@example.com --password 'a-long-passphrase' --name 'Your Name' --role admin</code></pre>
<p>Use a real passphrase, not the example, and keep the <code>--role admin</code> part: the admin account is the one that can moderate comments and manage the blog.</p>
<p>Once you’re signed in, open the editor and write a few lines. Save them as a draft if you like; drafts stay private until you publish.</p>
<h3>A few first steps</h3>
<ul>
<li>Read the other three posts here. Between them they show a long quoted passage, a conversation in the comments and a short reading list.</li>
<li>Open the moderation queue and see how approving a comment works.</li>
<li>Think about your labels. This blog already uses four — Getting started, Writing, Quotes and Comments — so keep them, rename them or start fresh.</li>
</ul>
<p>That’s all you need. The rest is writing — and, now and then, letting someone else’s sentence say it better.</p>
`.trim(),
    comments: [],
  },
  {
    slug: 'the-art-of-the-quoted-passage',
    title: 'The art of the quoted passage',
    labels: ['Quotes', 'Writing'],
    publishedDaysAgo: 4,
    html: `
<p>Most of the posts you write here will quote someone. Sometimes it will be a single line, dropped into a paragraph between quotation marks. Sometimes it will be a whole passage — three or four paragraphs you want your reader to sit with before you say anything about them. This post is about the second kind, and about doing it well.</p>
<h2>Why quote at length</h2>
<p>A short quotation is a seasoning; a long one is a course of its own. You quote at length when the argument lives in the shape of a passage rather than in any one sentence: when the author builds a case paragraph by paragraph, or when the rhythm of the prose is part of what you want to talk about. Cut it down to a single line and you lose exactly the thing you were pointing at.</p>
<p>The risk is that the reader skims. A block of someone else’s words can look like a detour. So a long quotation needs an introduction — who wrote it, what to listen for, why it’s worth the time — and it needs an answer afterwards.</p>
<h2>An example</h2>
<p>Here is a passage from an essay that makes the case better than I could. It appeared in <em>The Example Review</em>, and all three paragraphs are worth reading.</p>
<figure><blockquote cite="https://example.org/review/on-borrowed-light"><p>A quotation is a loan, not a gift. The writer who borrows a paragraph takes on a small debt to its author and a larger one to the reader, who has been promised that the words are exactly as they were found — the same commas, the same hesitations, the same awkward turn in the middle of a sentence that the author chose to keep.</p><p>The temptation is to quote only the sentence that agrees with us and to leave its neighbours behind. But sentences keep company. Lift one out of its paragraph and it will often say something its author never meant, the way a remark overheard through a wall sounds sharper than the conversation it belonged to. A fair quotation carries enough of its surroundings to travel safely.</p><p>Nor should the quoted passage do the writer’s work. If I set down three paragraphs of someone else and follow them with a single line of my own, I have not written an essay; I have made a scrapbook. Borrowed words should be met, answered, argued with — given something to push against, so that the reader leaves with two voices in mind instead of one.</p></blockquote><figcaption>— <cite>Marian Achterberg, “On Borrowed Light”, The Example Review</cite></figcaption></figure>
<h2>What the passage teaches</h2>
<p>Notice first what the essay asks of the person quoting: accuracy. Don’t tidy the punctuation, don’t silently drop a clause, and if you must cut something, mark the gap with an ellipsis so the reader knows a cut was made. In the editor, paste the passage, select it and press <strong>Quote</strong>; each paragraph stays a paragraph, and the source goes in the caption underneath.</p>
<p>Second, context. Achterberg’s line about sentences keeping company is the whole reason to quote at length. If you find yourself trimming a passage until it agrees with you, stop and quote all of it — then disagree with the part you disagree with, in the open.</p>
<p>Third, and hardest: answer the passage. The paragraphs you write after a long quotation matter more than the ones before it. Say what the author got right, where you part ways, what you noticed on the second reading. That is where your own post begins.</p>
<h2>A short checklist</h2>
<ul>
<li>Name the source, and link to it when it’s online.</li>
<li>Keep the original paragraph breaks.</li>
<li>Mark every cut with an ellipsis (…).</li>
<li>Write at least as much of your own as you quote.</li>
</ul>
`.trim(),
    comments: [
      {
        key: 'art-1',
        authorName: 'Tomás Ferreira',
        body: '> The paragraphs you write after a long quotation matter more than the ones before it.\n\nThis is the part I always rush. I’ll spend an hour choosing the passage and then write one limp sentence after it. Trying the “at least as much of your own” rule on my next post.',
        minutesAfter: 47,
      },
      {
        key: 'art-2',
        authorName: 'Priya Natarajan',
        body: 'What about passages with no link? Most of what I quote comes from printed books, and half of them are library copies I’ve already returned.',
        minutesAfter: 312,
      },
      {
        key: 'art-3',
        replyTo: 'art-2',
        authorName: 'Tomás Ferreira',
        body: 'Leave the link out and just give the source name — author and title is plenty. The reading-list post here does exactly that with an Emerson quote.',
        minutesAfter: 395,
      },
    ],
  },
  {
    slug: 'comments-that-add-something',
    title: 'Comments that add something',
    labels: ['Comments', 'Getting started'],
    publishedDaysAgo: 9,
    html: `
<p>The best thing about publishing on your own site is that readers can write back. The worst thing about it is also that readers can write back. Inkwell’s comments are designed to make the first more common than the second: they are plain, they are easy to follow, and nothing appears in public until you’ve seen it.</p>
<h2>How readers comment</h2>
<p>At the foot of every post there is a comment form: a name, an optional email address and website, and a box for the comment itself. Comments are plain text. A blank line starts a new paragraph, and web addresses become links on their own. There are no toolbars and no formatting codes to learn.</p>
<h2>Replying and quoting</h2>
<p>Every comment has a <em>Reply</em> link. A reply sits beneath the comment it answers, so a conversation stays readable even when a post collects a few dozen responses.</p>
<p>Readers can quote, too. Start a line with a greater-than sign and a space — <code>&gt; </code> — and that line is shown as a quotation in the published comment. It works for a sentence from the post or from another reader. It’s the comment-box version of the Quote button, and it does the same job: it shows exactly which words you’re answering.</p>
<p>A good comment often reads something like this:</p>
<blockquote><p>You said a quotation should be answered, not just displayed. I agree, but I think the answer can be a question — sometimes the most honest response to a passage is to admit you don’t yet know what to make of it.</p></blockquote>
<p>It’s specific, it’s generous, and it moves the conversation somewhere new. That is the kind of comment worth making room for.</p>
<h2>How moderation works</h2>
<p>When a reader submits a comment, it goes into the moderation queue as <em>pending</em>, and it stays out of sight until you decide what to do with it. For each comment in the queue you can:</p>
<ul>
<li><strong>Approve</strong> it, and it appears under the post;</li>
<li>mark it as <strong>spam</strong>, and it’s filed away where it won’t bother you again; or</li>
<li>move it to the <strong>trash</strong>, for comments that aren’t spam but don’t belong.</li>
</ul>
<p>When you comment on your own posts while signed in, your name carries an author badge, so readers can tell it’s really you. Readers’ email addresses aren’t shown with their comments, and Inkwell keeps only a salted hash of each commenter’s IP address, never the address itself.</p>
<h2>A light touch</h2>
<p>Moderation isn’t the same as agreement. Approve the comments that disagree with you when they’re made in good faith — they’re often the ones that teach you something. Check the queue often and keep it short, and your readers will learn that a thoughtful comment here gets seen.</p>
`.trim(),
    comments: [
      {
        key: 'comments-1',
        authorName: 'Jonah Whitcombe',
        body: '> Moderation isn’t the same as agreement.\n\nWorth pinning above every comment queue on the internet. I’ve stopped reading blogs where the only approved comments were the ones praising the author.',
        minutesAfter: 128,
      },
      {
        key: 'comments-2',
        replyTo: 'comments-1',
        authorName: 'Mei Lin Carver',
        body: 'Same here. One polite disagreement does more for a comment section than ten “great post!” replies.',
        minutesAfter: 1440,
      },
    ],
  },
  {
    slug: 'a-reading-list-for-writers',
    title: 'A reading list for writers',
    labels: ['Writing', 'Quotes'],
    publishedDaysAgo: 16,
    html: `
<p>Writers who quote well are, first of all, readers who read well. Here is a short list of books and essays to keep nearby. All of them are old enough to be in the public domain, so free copies are easy to find and you can quote from them as freely as you like.</p>
<figure><blockquote><p>Books are the best of things, well used; abused, among the worst. What is the right use? What is the one end, which all means go to effect? They are for nothing but to inspire.</p></blockquote><figcaption>— <cite>Ralph Waldo Emerson, “The American Scholar” (1837)</cite></figcaption></figure>
<p>Emerson was warning against reading as a substitute for thinking. It’s a fair warning for anyone who quotes: the point of borrowing a passage is to think with it, not to hide behind it.</p>
<h2>The list</h2>
<ol>
<li><strong>Michel de Montaigne, <em>Essays</em></strong>, in Charles Cotton’s translation (1685–86). The book that gave the essay its name. Montaigne quotes constantly — Latin poets, historians, old friends — and argues with nearly all of them.</li>
<li><strong>Ralph Waldo Emerson, “The American Scholar”</strong> (1837). A short address on what reading is for, and the source of the passage above.</li>
<li><strong>Henry David Thoreau, <em>Walden</em></strong> (1854), especially the chapter called “Reading”: a case for reading the best books slowly and on purpose.</li>
<li><strong>William Hazlitt, “On Familiar Style”</strong> (1822). A plea for plain English, which is not the same thing as careless English.</li>
<li><strong>William Strunk Jr., <em>The Elements of Style</em></strong> (1918). The original, slim edition: rules you can argue with, which is half their value.</li>
</ol>
<h2>How to use it</h2>
<p>Don’t read the list in order, and don’t read it all at once. Pick one, read it with a pencil, and copy out the passages that stop you. Then write a post about one of them — quote it with the Quote button, give it a source, and say what you think. Posts like that belong under the Quotes label, where readers who came for the quotations can find them together.</p>
`.trim(),
    comments: [
      {
        key: 'reading-1',
        authorName: 'Daniel Oyelaran',
        body: 'Hazlitt is a lovely pick. “On Familiar Style” is the essay I reread whenever my sentences start wearing a tie.',
        minutesAfter: 2210,
      },
    ],
  },
];

export interface WelcomePage {
  slug: string;
  title: string;
  /** Same HTML as a post's body. */
  html: string;
}

/** Standalone pages (outside the stream of posts), linked from the site header in this order. */
export const WELCOME_PAGES: WelcomePage[] = [
  {
    slug: 'about',
    title: 'About',
    html: `
<p>This is a blog made with Inkwell, for people who write with quotes: each post sets someone else’s words — a passage from a book, an article, a speech — inside the writer’s own, with its source beside it.</p>
<p>New posts appear on the home page and in the feeds; older ones are in the archive, under their labels, and a search away. Readers are welcome to comment, and to quote a passage of a post in their reply.</p>
<p>This is a page rather than a post: it has no date and stays put in the header. Its owner can rewrite it, or write others like it, under <em>Pages</em> in the back office.</p>`,
  },
];
