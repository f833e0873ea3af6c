/**
 * An ILIKE pattern matching `text` anywhere. The wildcards a person may type (`%`, `_`) and
 * the escape character are escaped, so "50%" finds "50%" and not every row starting with 50.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
