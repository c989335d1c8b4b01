import 'server-only';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';

/**
 * Reads /admin/import's upload (the export file and the "Download images" box) straight to a
 * temporary file with busboy: an export can be hundreds of megabytes, and request.formData() would
 * hold all of it in memory. The size is counted as the bytes arrive, so a body without (or lying
 * about) its Content-Length is stopped at the limit too.
 */

export type ImportUpload =
  { ok: true; filePath: string; fileName: string; fetchImages: boolean } | { ok: false; status: 400 | 413; error: string };

export const NO_FILE = 'Choose the export file of your old blog.';
export const tooLarge = (maxBytes: number) =>
  `This file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB, the import limit. Set IMPORT_MAX_MB to allow larger files.`;
const NOT_MULTIPART = 'Send the file from the import form.';

export async function removeUpload(filePath: string): Promise<void> {
  await fs.promises.rm(filePath, { force: true });
}

export async function receiveImportUpload(request: Request, maxBytes: number): Promise<ImportUpload> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!request.body || !contentType.startsWith('multipart/form-data')) return { ok: false, status: 400, error: NOT_MULTIPART };

  const filePath = path.join(os.tmpdir(), `inkwell-import-${randomUUID()}.upload`);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 1024 },
    });
  } catch {
    return { ok: false, status: 400, error: NOT_MULTIPART };
  }

  let fetchImages = false;
  let fileName: string | null = null;
  let truncated = false;
  let written: Promise<void> | null = null;

  parser.on('field', (name, value) => {
    if (name === 'fetchImages') fetchImages = value === 'on' || value === 'true';
  });
  parser.on('file', (name, stream, info) => {
    if (name !== 'file' || written) {
      stream.resume();
      return;
    }
    fileName = info.filename || 'export';
    // Past the limit busboy stops writing and reads the rest of the body for nothing: the
    // person gets the message rather than a reset connection (the page checks the size first).
    stream.on('limit', () => {
      truncated = true;
    });
    written = pipeline(stream, fs.createWriteStream(filePath));
    // Awaited below, once the whole body is read; until then a failed write must not go unhandled.
    written.catch(() => {});
  });

  try {
    await pipeline(Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>), parser);
    await written;
  } catch {
    await removeUpload(filePath);
    return { ok: false, status: 400, error: 'The upload was cut off. Try again.' };
  }
  if (truncated) {
    await removeUpload(filePath);
    return { ok: false, status: 413, error: tooLarge(maxBytes) };
  }
  if (!written || fileName === null || (await fs.promises.stat(filePath)).size === 0) {
    await removeUpload(filePath);
    return { ok: false, status: 400, error: NO_FILE };
  }
  return { ok: true, filePath, fileName, fetchImages };
}
