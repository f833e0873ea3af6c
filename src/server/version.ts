// Imported, not read from disk at run time: the number is compiled into the web app's build and
// the bundled command line alike, where no package.json may sit beside the code.
import packageJson from "../../package.json" with { type: "json" };

/** This Rally's version (package.json): the System page, `rally --version`, backup headers. */
export const RALLY_VERSION: string = packageJson.version;
