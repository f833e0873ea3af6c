/**
 * Addresses of the console's own pages under /manage/: a program with one of these slugs
 * could never be opened, because the page's route wins over the program's.
 */
export const RESERVED_SLUGS: readonly string[] = ["new", "people", "account", "system"];

export const isReservedSlug = (slug: string): boolean => RESERVED_SLUGS.includes(slug);
