import type { ReactElement } from "react";
import type { Locale } from "~/i18n/locales";
import ApplicationDecidedEmail, {
  applicationDecidedPreviewProps,
  applicationDecidedSubject,
  type ApplicationDecidedProps,
} from "./application-decided";
import ApplicationReceivedEmail, {
  applicationReceivedPreviewProps,
  applicationReceivedSubject,
  type ApplicationReceivedProps,
} from "./application-received";
import PayoutSentEmail, {
  payoutSentPreviewProps,
  payoutSentSubject,
  type PayoutSentProps,
} from "./payout-sent";
import SignInEmail, { signInPreviewProps, signInSubject, type SignInProps } from "./sign-in";

/** Every message Rally sends: typed props, a subject and preview props per template. */
export type EmailProps = {
  signIn: SignInProps;
  applicationReceived: ApplicationReceivedProps;
  applicationDecided: ApplicationDecidedProps;
  payoutSent: PayoutSentProps;
};
export type EmailTemplate = keyof EmailProps;

type Entry<P> = {
  render: (locale: Locale, props: P) => ReactElement;
  subject: (locale: Locale, props: P) => string;
  previewProps: P;
};

export const emailTemplates: { [K in EmailTemplate]: Entry<EmailProps[K]> } = {
  signIn: {
    render: (locale, props) => <SignInEmail locale={locale} {...props} />,
    subject: signInSubject,
    previewProps: signInPreviewProps,
  },
  applicationReceived: {
    render: (locale, props) => <ApplicationReceivedEmail locale={locale} {...props} />,
    subject: applicationReceivedSubject,
    previewProps: applicationReceivedPreviewProps,
  },
  applicationDecided: {
    render: (locale, props) => <ApplicationDecidedEmail locale={locale} {...props} />,
    subject: applicationDecidedSubject,
    previewProps: applicationDecidedPreviewProps,
  },
  payoutSent: {
    render: (locale, props) => <PayoutSentEmail locale={locale} {...props} />,
    subject: payoutSentSubject,
    previewProps: payoutSentPreviewProps,
  },
};
