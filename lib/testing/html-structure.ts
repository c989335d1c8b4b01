import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';

// Attributes the sanitizer sets on its own: rel on links (from the href), tabindex on code blocks.
const SERVER_SET = new Set(['a rel', 'pre tabindex']);

/**
 * The shape of an HTML fragment as a comparable string: tags, attributes (sorted, except those the
 * sanitizer adds itself) and text. Used to check that editor output survives sanitizing unchanged.
 */
export function htmlStructure(html: string): string {
  const walk = (nodes: ChildNode[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'text') return JSON.stringify(node.data);
        if (node.type !== 'tag') return '';
        const attrs = Object.entries(node.attribs)
          .filter(([name]) => !SERVER_SET.has(`${node.name} ${name}`))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, value]) => `${name}=${JSON.stringify(value)}`);
        return `<${[node.name, ...attrs].join(' ')}>${walk(node.children)}</${node.name}>`;
      })
      .join('');
  return walk(parseDocument(html).children);
}
