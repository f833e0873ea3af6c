import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "~/components/shell/language-switcher";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
          <Link href="/" className="text-lg font-bold text-brand-600">
            Rally
          </Link>
          <LanguageSwitcher signedIn={false} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-10">
        {children}
      </main>
    </div>
  );
}
