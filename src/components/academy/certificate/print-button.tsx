"use client";

import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";

/** The browser's print dialog, where "Save as PDF" is one of the printers. */
export function PrintButton() {
  const t = useTranslations("academyUi.certificate");
  return (
    <Button type="button" className="print:hidden" onClick={() => window.print()}>
      {t("print")}
    </Button>
  );
}
