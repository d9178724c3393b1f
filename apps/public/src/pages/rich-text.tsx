/** @jsxRuntime automatic */
import { sanitizeRichText } from '@irr/domain';

/** Rich text from a published record: sanitised when written, sanitised again here (defence in depth). */
export function RichText({
  value,
  className,
}: {
  value: string | null | undefined;
  className?: string;
}) {
  return (
    <div
      className={className}
      dangerouslySetInnerHTML={{ __html: value ? sanitizeRichText(value) : '' }}
    />
  );
}

/** Search snippets: the API escaped all but its own <mark> tags; keep only those. */
function keepMarks(value: string): string {
  return value.replace(/<(?!\/?mark>)/g, '&lt;');
}

export function Snippet({ value }: { value: string | null }) {
  return <span dangerouslySetInnerHTML={{ __html: value ? keepMarks(value) : '' }} />;
}
