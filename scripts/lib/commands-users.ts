import { z } from "zod";
import type { Db } from "~/server/db/client";
import { setUserDisabled } from "~/server/services/users/set-user-disabled";

type Options = Record<string, string | boolean | undefined>;

async function setDisabled(db: Db, options: Options, disabled: boolean) {
  // Parsed under the flag's name, so a mistake names the flag the person typed.
  const { email } = z.object({ email: z.email() }).parse({ email: options.email });
  // The command line acts for no person: the audit log records "system".
  const user = await setUserDisabled({ db, userId: null }, { email }, disabled);
  const state = disabled ? "disabled" : "enabled";
  return {
    text: user.changed ? `${user.email} is now ${state}.` : `${user.email} was already ${state}.`,
    data: { id: user.id, email: user.email, disabled, changed: user.changed },
  };
}

/** Disabling and enabling people: an owner's way in when no owner can sign in. */
export const userCommands = {
  "users disable": {
    summary: "users disable --email <email>   end the person's sessions and refuse their sign-in",
    run: (db: Db, options: Options) => setDisabled(db, options, true),
  },
  "users enable": {
    summary: "users enable --email <email>    let a disabled person sign in again",
    run: (db: Db, options: Options) => setDisabled(db, options, false),
  },
};
