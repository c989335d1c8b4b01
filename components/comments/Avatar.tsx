// A generated avatar: the commenter's initials on a colour picked from their name.
// Nothing is fetched from third parties (no Gravatar), so no reader is tracked by an image.
const COLOURS = [
  'bg-amber-700',
  'bg-emerald-700',
  'bg-sky-700',
  'bg-rose-700',
  'bg-violet-700',
  'bg-teal-700',
  'bg-orange-700',
  'bg-indigo-700',
];

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => Array.from(w)[0]?.toUpperCase() ?? '').join('') || '?';
}

function colourFor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return COLOURS[hash % COLOURS.length];
}

export function Avatar({ name }: { name: string }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-flex size-9 shrink-0 select-none items-center justify-center rounded-full text-sm font-semibold text-white ${colourFor(name)}`}
    >
      {initials(name)}
    </span>
  );
}
