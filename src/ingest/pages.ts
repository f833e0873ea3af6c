import type { IncomingMessage, ServerResponse } from "node:http";

/*
 * The few pages a person may see on the tracking domain. They are static (nothing from the
 * request is echoed), escaped anyway, and translated here because the ingest server does not
 * load the web app's message files.
 */
const TEXT = {
  en: {
    notFoundTitle: "This link is not active",
    notFoundBody:
      "The link you followed does not exist or was mistyped. Please check the address or ask the person who shared it.",
    retryTitle: "Please try again",
    retryBody: "We could not process this link just now. Please reload the page in a moment.",
  },
  pl: {
    notFoundTitle: "Ten link jest nieaktywny",
    notFoundBody:
      "Link, który otwierasz, nie istnieje lub zawiera literówkę. Sprawdź adres albo zapytaj osobę, która go udostępniła.",
    retryTitle: "Spróbuj ponownie",
    retryBody: "Nie udało się teraz obsłużyć tego linku. Odśwież stronę za chwilę.",
  },
  ru: {
    notFoundTitle: "Эта ссылка не активна",
    notFoundBody:
      "Ссылка, по которой вы перешли, не существует или набрана с ошибкой. Проверьте адрес или спросите того, кто ею поделился.",
    retryTitle: "Попробуйте ещё раз",
    retryBody: "Сейчас не удалось обработать ссылку. Обновите страницу через минуту.",
  },
} as const;

type Locale = keyof typeof TEXT;

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!,
  );
}

/** The first of en/pl/ru the browser lists in Accept-Language, else English. */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === "en" || tag === "pl" || tag === "ru") return tag;
  }
  return "en";
}

function page(locale: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 1.5rem;color:#1f2937;line-height:1.5}h1{font-size:1.4rem}</style>
</head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p></main></body></html>
`;
}

const HTML_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
  Vary: "Accept-Language",
};

function sendPage(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  which: "notFound" | "retry",
  extra: Record<string, string> = {},
) {
  const locale = pickLocale(req.headers["accept-language"]);
  const text = TEXT[locale];
  const html =
    which === "notFound"
      ? page(locale, text.notFoundTitle, text.notFoundBody)
      : page(locale, text.retryTitle, text.retryBody);
  res.writeHead(status, { ...HTML_HEADERS, ...extra, "Content-Length": Buffer.byteLength(html) });
  res.end(req.method === "HEAD" ? undefined : html);
}

export function sendNotFoundPage(req: IncomingMessage, res: ServerResponse): void {
  sendPage(req, res, 404, "notFound");
}

/** 503 with Retry-After: the visit was not recorded, so the visitor must not be redirected. */
export function sendRetryPage(req: IncomingMessage, res: ServerResponse): void {
  sendPage(req, res, 503, "retry", { "Retry-After": "2" });
}
