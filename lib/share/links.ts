export interface ShareLink {
  network: string;
  href: string;
}

/**
 * Plain share URLs for the big networks: links only, no third-party scripts or tracking pixels.
 * Each opens the network's own share page with the post's address (and title where supported).
 */
export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const tAndU = encodeURIComponent(`${title} ${url}`);
  return [
    { network: 'Email', href: `mailto:?subject=${t}&body=${u}` },
    { network: 'Bluesky', href: `https://bsky.app/intent/compose?text=${tAndU}` },
    { network: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { network: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: 'Reddit', href: `https://www.reddit.com/submit?url=${u}&title=${t}` },
  ];
}
