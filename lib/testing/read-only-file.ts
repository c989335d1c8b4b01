import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Makes a file read-only for whoever runs the tests, and returns how to undo it. chmod binds
 * ordinary users; root writes through it, so as root the file is also made immutable (chattr +i,
 * ext4 and most Linux file systems), which binds root too.
 */
export function makeReadOnly(file: string): () => void {
  fs.chmodSync(file, 0o444);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chattr', ['+i', file]);
  return () => {
    if (asRoot) execFileSync('chattr', ['-i', file]);
    fs.chmodSync(file, 0o644);
  };
}
