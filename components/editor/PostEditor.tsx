'use client';

import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { IMAGE_LIMITS } from '@/lib/media/limits';
import { postEditorExtensions, type PostImageAttributes } from './extensions';
import { ImageDialog } from './ImageDialog';
import { LinkDialog } from './LinkDialog';
import { EDIT_QUOTE_SOURCE_EVENT, type QuoteSource } from './quote';
import { QuoteSourceDialog } from './QuoteSourceDialog';
import { Toolbar } from './Toolbar';
import type { DialogAction } from './toolbar-actions';
import { WordCount } from './WordCount';
import './editor.css';

export interface PostEditorProps {
  /** Stored post HTML to start from. */
  initialHtml: string;
  /** Every change to the text, as HTML (the server sanitizes it again). */
  onChange?: (html: string) => void;
  /** Uploads an image; resolves to what the <img> needs, or rejects with a message for the author. */
  uploadImage: (file: File, alt: string) => Promise<PostImageAttributes>;
  /** Hands the editor to the page (to load a revision, or to read the text when leaving). */
  onEditor?: (editor: Editor | null) => void;
  /** The accessible name of the writing area. */
  label?: string;
  id?: string;
}

type OpenDialog = { kind: 'link' } | { kind: 'quoteSource'; pos?: number } | null;

const isImageFile = (file: File) => file.type.startsWith('image/');

// Created once: the editor's schema never changes while it is open.
const EXTENSIONS = postEditorExtensions({ placeholder: 'Write, or paste…' });

/** The WYSIWYG editor for a post body: toolbar, text, dialogs for links, quote sources and images, word count. */
export function PostEditor({
  initialHtml,
  onChange,
  uploadImage,
  onEditor,
  label = 'Post body',
  id = 'post-body-editor',
}: PostEditorProps) {
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [dialogKey, setDialogKey] = useState(0);
  const [imageQueue, setImageQueue] = useState<{ key: number; file: File; pos: number | null }[]>([]);
  const nextImageKey = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const container = useRef<HTMLDivElement>(null);
  // The editor's own callbacks are created once; they reach the latest handlers through this ref.
  const handlers = useRef({ onChange, queueImages: (() => {}) as (files: File[], pos: number | null) => void });

  const openDialog = (next: OpenDialog) => {
    setDialogKey((k) => k + 1);
    setDialog(next);
  };
  const queueImages = (files: File[], pos: number | null) =>
    setImageQueue((queue) => [
      ...queue,
      ...files.filter(isImageFile).map((file) => ({ key: ++nextImageKey.current, file, pos })),
    ]);

  useEffect(() => {
    handlers.current = { onChange, queueImages };
  });

  // A quote's caption button asks for its source dialog with a DOM event (the node view is not React).
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onEditSource = (event: Event) => {
      setDialogKey((k) => k + 1);
      setDialog({ kind: 'quoteSource', pos: (event as CustomEvent<{ pos: number }>).detail.pos });
    };
    element.addEventListener(EDIT_QUOTE_SOURCE_EVENT, onEditSource);
    return () => element.removeEventListener(EDIT_QUOTE_SOURCE_EVENT, onEditSource);
  }, []);

  const editor = useEditor({
    immediatelyRender: false,
    extensions: EXTENSIONS,
    content: initialHtml,
    editorProps: {
      attributes: {
        id,
        'aria-label': label,
        'aria-multiline': 'true',
        class:
          'post-body prose prose-stone prose-lg max-w-none min-h-[50vh] px-1 py-4 font-serif focus:outline-none dark:prose-invert prose-headings:font-sans',
      },
      handleDrop: (view, event) => {
        const files = Array.from(event.dataTransfer?.files ?? []).filter(isImageFile);
        if (files.length === 0) return false;
        event.preventDefault();
        const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? null;
        handlers.current.queueImages(files, pos);
        return true;
      },
      handlePaste: (_view, event) => {
        const files = Array.from(event.clipboardData?.files ?? []).filter(isImageFile);
        if (files.length === 0) return false;
        event.preventDefault();
        handlers.current.queueImages(files, null);
        return true;
      },
    },
    onUpdate: ({ editor: e }) => handlers.current.onChange?.(e.getHTML()),
  });

  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  const closeDialog = () => {
    setDialog(null);
    editor?.commands.focus();
  };

  const onToolbarDialog = (action: DialogAction) => {
    if (action === 'image') fileInput.current?.click();
    else openDialog({ kind: action });
  };

  const applyLink = (href: string) => {
    if (!editor) return;
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    setDialog(null);
  };

  const removeLink = () => {
    editor?.chain().focus().extendMarkRange('link').unsetLink().run();
    setDialog(null);
  };

  const currentQuoteSource = (): QuoteSource | null => {
    if (!editor || dialog?.kind !== 'quoteSource') return null;
    const node = dialog.pos === undefined ? null : editor.state.doc.nodeAt(dialog.pos);
    const attrs = node?.type.name === 'blockquote' ? node.attrs : editor.getAttributes('blockquote');
    return attrs.sourceName ? { name: attrs.sourceName, url: attrs.sourceUrl ?? null } : null;
  };

  const saveQuoteSource = (source: QuoteSource | null) => {
    editor
      ?.chain()
      .focus()
      .setQuoteSource(source, dialog?.kind === 'quoteSource' ? dialog.pos : undefined)
      .run();
    setDialog(null);
  };

  const insertImage = async (file: File, alt: string): Promise<string | null> => {
    if (!editor) return 'The editor is not ready yet.';
    try {
      const image = await uploadImage(file, alt);
      const at = imageQueue[0]?.pos;
      const chain = editor.chain().focus();
      const node = { type: 'image', attrs: image };
      if (typeof at === 'number') chain.insertContentAt(at, node).run();
      else chain.insertContent(node).run();
      setImageQueue((queue) => queue.slice(1));
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : 'The image could not be uploaded.';
    }
  };

  return (
    <div
      ref={container}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          openDialog({ kind: 'link' });
        }
      }}
      className="rounded-lg border border-stone-300 bg-white dark:border-stone-700 dark:bg-stone-900"
    >
      {editor ? (
        <Toolbar editor={editor} onDialog={onToolbarDialog} controls={id} />
      ) : (
        <div className="h-11 border-b border-stone-200 dark:border-stone-800" aria-hidden="true" />
      )}
      <div className="px-4 sm:px-8">
        <EditorContent editor={editor} />
        {!editor && <p className="py-4 text-stone-600 dark:text-stone-400">Loading the editor…</p>}
      </div>
      {editor && <WordCount editor={editor} />}
      <input
        ref={fileInput}
        type="file"
        accept={IMAGE_LIMITS.accept}
        aria-label="Choose an image to upload"
        className="sr-only"
        tabIndex={-1}
        onChange={(e) => {
          queueImages(Array.from(e.target.files ?? []), null);
          e.target.value = '';
        }}
      />
      {editor && dialog?.kind === 'link' && (
        <LinkDialog
          key={dialogKey}
          open
          initialHref={editor.getAttributes('link').href ?? ''}
          onApply={applyLink}
          onRemove={removeLink}
          onClose={closeDialog}
        />
      )}
      {editor && dialog?.kind === 'quoteSource' && (
        <QuoteSourceDialog key={dialogKey} open initial={currentQuoteSource()} onSave={saveQuoteSource} onClose={closeDialog} />
      )}
      <ImageDialog
        key={imageQueue[0]?.key ?? 0}
        file={imageQueue[0]?.file ?? null}
        onInsert={insertImage}
        onClose={() => {
          setImageQueue((queue) => queue.slice(1));
          editor?.commands.focus();
        }}
      />
    </div>
  );
}
