import { Editor } from '@tiptap/core';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { postEditorExtensions } from './extensions';
import { Toolbar } from './Toolbar';

// The toolbar with a real editor: what an author sees (pressed, disabled) and what a press does to the text.

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((editor) => editor.destroy()));

function setUp(content: string) {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, extensions: postEditorExtensions(), content });
  editors.push(editor);
  const onDialog = vi.fn();
  render(<Toolbar editor={editor} onDialog={onDialog} controls="body" />);
  const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
  const button = (name: string) => within(toolbar).getByRole('button', { name });
  return { editor, onDialog, button };
}

describe('the editor toolbar', () => {
  it('makes the selected words bold, and shows Bold as pressed while the cursor is in them', () => {
    const { editor, button } = setUp('<p>Quotes matter</p>');
    act(() => void editor.commands.setTextSelection({ from: 1, to: 7 }));
    expect(button('Bold').getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(button('Bold'));

    expect(editor.getHTML()).toBe('<p><strong>Quotes</strong> matter</p>');
    expect(button('Bold').getAttribute('aria-pressed')).toBe('true');
  });

  it('turns a paragraph into a heading and back, pressing the block the cursor is in', () => {
    const { editor, button } = setUp('<p>A title</p>');
    act(() => void editor.commands.setTextSelection(3));
    expect(button('Paragraph').getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(button('H2 heading'));
    // (The editor keeps an empty paragraph after a last heading, to type on in.)
    expect(editor.getHTML()).toMatch(/^<h2>A title<\/h2>/);
    expect(button('H2 heading').getAttribute('aria-pressed')).toBe('true');
    expect(button('Paragraph').getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(button('H2 heading'));
    expect(editor.getHTML()).toMatch(/^<p>A title<\/p>/);
  });

  it('offers Undo once there is something to undo, and undoes it', () => {
    const { editor, button } = setUp('<p>Draft</p>');
    expect((button('Undo') as HTMLButtonElement).disabled).toBe(true);

    act(() => void editor.chain().setTextSelection(6).insertContent(' two').run());
    expect(editor.getHTML()).toBe('<p>Draft two</p>');
    expect((button('Undo') as HTMLButtonElement).disabled).toBe(false);

    fireEvent.click(button('Undo'));
    expect(editor.getHTML()).toBe('<p>Draft</p>');
    expect((button('Redo') as HTMLButtonElement).disabled).toBe(false);
  });

  it('asks for the link and image dialogs instead of changing the text', () => {
    const { editor, onDialog, button } = setUp('<p>See this</p>');
    fireEvent.click(button('Link'));
    fireEvent.click(button('Image'));
    expect(onDialog.mock.calls).toEqual([['link'], ['image']]);
    expect(editor.getHTML()).toBe('<p>See this</p>');
  });

  it('offers Quote source only inside a quote', () => {
    const { editor, button } = setUp('<p>Before</p><blockquote><p>Said well</p></blockquote>');
    act(() => void editor.commands.setTextSelection(2));
    expect((button('Quote source') as HTMLButtonElement).disabled).toBe(true);
    expect(button('Quote').getAttribute('aria-pressed')).toBe('false');

    act(() => void editor.commands.setTextSelection(12));
    expect((button('Quote source') as HTMLButtonElement).disabled).toBe(false);
    expect(button('Quote').getAttribute('aria-pressed')).toBe('true');
  });

  it('is one tab stop: arrow keys, Home and End move between the buttons, skipping disabled ones', () => {
    const { button } = setUp('<p>Text</p>');
    const tabStops = () => screen.getAllByRole('button').filter((b) => b.tabIndex === 0);
    expect(tabStops()).toEqual([button('Paragraph')]);

    button('Paragraph').focus();
    fireEvent.keyDown(button('Paragraph'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(button('H2 heading'));
    expect(tabStops()).toEqual([button('H2 heading')]);

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    // From the first button, Left wraps to the last one that works: Undo and Redo have nothing to do yet.
    expect(document.activeElement).toBe(button('Image'));

    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(button('Paragraph'));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(button('Image'));
  });

  it('announces each shortcut for both Control and Command', () => {
    const { button } = setUp('<p>Text</p>');
    expect(button('Bold').getAttribute('aria-keyshortcuts')).toBe('Control+B Meta+B');
    expect(button('Bold').getAttribute('title')).toBe('Bold (Ctrl+B)');
  });
});
