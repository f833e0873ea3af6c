/**
 * The lesson's video. `embedUrl` is built by the server from an allowlisted host (YouTube
 * without cookies, Vimeo, Loom), never the address a manager typed. The frame is sandboxed:
 * players need scripts, their own origin (for their cookies and storage), fullscreen and
 * new tabs for their "watch on …" links; never top navigation (the portal cannot be replaced)
 * nor forms.
 */
export function VideoEmbed({ embedUrl, title }: { embedUrl: string; title: string }) {
  return (
    <div className="aspect-video w-full overflow-hidden rounded-lg bg-zinc-900">
      <iframe
        src={embedUrl}
        title={title}
        className="size-full"
        loading="lazy"
        sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
        allow="fullscreen; picture-in-picture; encrypted-media"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
      />
    </div>
  );
}
