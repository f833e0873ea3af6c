/**
 * A lesson's text. `html` is rendered by the server from markdown and sanitized there
 * (render-markdown.ts: DOMPurify keeps only plain content markup), and nothing else is ever
 * passed here; the classes give the bare elements readable spacing without a typography
 * plugin.
 */
export function LessonBody({ html }: { html: string }) {
  if (!html.trim()) return null;
  return (
    <div
      data-testid="lesson-body"
      className="space-y-3 break-words text-zinc-800 [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-zinc-300 [&_blockquote]:pl-3 [&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_h1]:text-xl [&_h1]:font-bold [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_img]:max-w-full [&_ol]:list-decimal [&_ol]:pl-6 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-zinc-100 [&_pre]:p-3 [&_table]:block [&_table]:overflow-x-auto [&_td]:border [&_td]:px-2 [&_th]:border [&_th]:px-2 [&_ul]:list-disc [&_ul]:pl-6"
      // Server-sanitized HTML only (see the comment above).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
