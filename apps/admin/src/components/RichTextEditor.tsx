import { plainTextToRichText, sanitizeRichText } from '@irr/domain';
import { useEffect, useId, useRef } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (html: string) => void;
  hint?: string;
  error?: string | null;
  /** Heading level of the visible label is not used: labels stay labels. */
  id?: string;
}

type Command = { label: string; run: () => void };

/**
 * A small rich-text editor over contentEditable. It offers only what the domain's allow-list keeps
 * (paragraphs, bold, italic, lists, subheadings, links); pasted HTML and the final value both go
 * through the same `sanitizeRichText` the server applies, so what you see is what will be stored.
 */
export function RichTextEditor({ label, value, onChange, hint, error, id }: Props) {
  const autoId = useId();
  const base = id ?? autoId;
  const ref = useRef<HTMLDivElement>(null);
  const emitted = useRef<string | null>(null);

  // Outside changes (a reload, a reset) replace the content; our own keystrokes do not, so the caret stays put.
  useEffect(() => {
    const el = ref.current;
    if (el && value !== emitted.current) {
      el.innerHTML = sanitizeRichText(value);
      emitted.current = value;
    }
  }, [value]);

  const emit = () => {
    const el = ref.current;
    if (!el) return;
    emitted.current = el.innerHTML;
    onChange(el.innerHTML);
  };

  const exec = (command: string, arg?: string) => {
    ref.current?.focus();
    document.execCommand(command, false, arg);
    emit();
  };

  const commands: Command[] = [
    { label: 'Bold', run: () => exec('bold') },
    { label: 'Italic', run: () => exec('italic') },
    { label: 'Subheading', run: () => exec('formatBlock', 'h3') },
    { label: 'Paragraph', run: () => exec('formatBlock', 'p') },
    { label: 'Bulleted list', run: () => exec('insertUnorderedList') },
    { label: 'Numbered list', run: () => exec('insertOrderedList') },
    {
      label: 'Link',
      run: () => {
        const href = window.prompt('Link address (https://… or mailto:…)');
        if (href && /^(https?:\/\/|mailto:)/i.test(href.trim())) exec('createLink', href.trim());
      },
    },
    { label: 'Remove link', run: () => exec('unlink') },
  ];

  return (
    <div className={error ? 'field field--error' : 'field'}>
      <span className="label" id={`${base}-label`}>
        {label}
      </span>
      {hint && (
        <span className="hint" id={`${base}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="error-message" id={`${base}-error`}>
          <span className="visually-hidden">Error:</span> {error}
        </span>
      )}
      <div className="rte">
        <div className="rte__toolbar" role="toolbar" aria-label={`Formatting for ${label}`}>
          {commands.map((c) => (
            <button
              key={c.label}
              type="button"
              className="rte__button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={c.run}
            >
              {c.label}
            </button>
          ))}
        </div>
        <div
          ref={ref}
          id={base}
          className="rte__area rich-text"
          role="textbox"
          aria-multiline="true"
          aria-labelledby={`${base}-label`}
          aria-describedby={
            [hint && `${base}-hint`, error && `${base}-error`].filter(Boolean).join(' ') ||
            undefined
          }
          aria-invalid={error ? true : undefined}
          contentEditable
          suppressContentEditableWarning
          tabIndex={0}
          onFocus={() => document.execCommand('defaultParagraphSeparator', false, 'p')}
          onInput={emit}
          onBlur={() => {
            const el = ref.current;
            if (!el) return;
            const clean = sanitizeRichText(el.innerHTML);
            if (clean !== el.innerHTML) el.innerHTML = clean;
            emit();
          }}
          onPaste={(e) => {
            e.preventDefault();
            const html = e.clipboardData.getData('text/html');
            const text = e.clipboardData.getData('text/plain');
            document.execCommand(
              'insertHTML',
              false,
              html ? sanitizeRichText(html) : plainTextToRichText(text),
            );
            emit();
          }}
        />
      </div>
    </div>
  );
}
