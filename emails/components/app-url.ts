/**
 * Absolute links in emails point at the public address of the web app. The one definition
 * lives with the rest of the configuration; templates import it from here.
 */
export { appUrl } from "~/env";
