import { AuthError } from "next-auth";

/**
 * Too many sign-in links asked for. An AuthError, so Auth.js hands it back to the sign-in
 * server action as it is (which words it on the page); its route answers a generic error.
 */
export class SignInLimited extends AuthError {
  static type = "SignInLimited";

  constructor(readonly retryAfterSeconds: number) {
    super("Too many sign-in links asked for");
  }
}
