import en from "./messages/en.json";
import pl from "./messages/pl.json";
import ru from "./messages/ru.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

export const messages: Record<Locale, Messages> = { en, pl, ru };
