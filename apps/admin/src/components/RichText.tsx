import { sanitizeRichText } from '@irr/domain';

/**
 * Rich text from the API is already sanitised on write; sanitising again here is defence in depth.
 * Only rich-text fields come through this component: every other string is rendered as text.
 */
export function RichText({ html, className }: { html: string; className?: string }) {
  // The domain's allow-list sanitiser has just cleaned it.
  return (
    <div
      className={className ? `rich-text ${className}` : 'rich-text'}
      dangerouslySetInnerHTML={{ __html: sanitizeRichText(html) }}
    />
  );
}
