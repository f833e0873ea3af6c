import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import superjson from "superjson";
import type { Locale } from "~/i18n/locales";
import { messages } from "~/i18n/messages";
import { TRPCProvider } from "~/lib/trpc/client";
import type { AppRouter } from "~/server/api/root";

/**
 * Renders a client component to HTML for a unit test, inside the providers the app gives it
 * (messages in `locale`, UTC, a query client, a tRPC client that nothing answers: a test that
 * fetches fails). `missing` lists the message keys the rendering asked for and did not find.
 */
export function renderHtml(locale: Locale, node: ReactNode) {
  const missing: string[] = [];
  const queryClient = new QueryClient();
  const trpcClient = createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: "http://localhost:1/api/trpc", transformer: superjson })],
  });
  const html = renderToString(
    <NextIntlClientProvider
      locale={locale}
      messages={messages[locale]}
      timeZone="UTC"
      onError={(error) => missing.push(error.message)}
    >
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          {node}
        </TRPCProvider>
      </QueryClientProvider>
    </NextIntlClientProvider>,
  );
  // React separates adjacent text nodes with empty comments; tests read the text as shown.
  return { html: html.replace(/<!-- -->/g, ""), missing };
}
