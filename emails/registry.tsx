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
import ContestResultsEmail, {
  contestResultsPreviewProps,
  contestResultsSubject,
  type ContestResultsProps,
} from "./contest-results";
import PayoutSentEmail, {
  payoutSentPreviewProps,
  payoutSentSubject,
  type PayoutSentProps,
} from "./payout-sent";
import SignInEmail, { signInPreviewProps, signInSubject, type SignInProps } from "./sign-in";
import WebinarCancelledEmail, {
  webinarCancelledPreviewProps,
  webinarCancelledSubject,
  type WebinarCancelledProps,
} from "./webinar-cancelled";
import WebinarConfirmationEmail, {
  webinarConfirmationPreviewProps,
  webinarConfirmationSubject,
  type WebinarConfirmationProps,
} from "./webinar-confirmation";
import WebinarRecordingEmail, {
  webinarRecordingPreviewProps,
  webinarRecordingSubject,
  type WebinarRecordingProps,
} from "./webinar-recording";
import WebinarReminderEmail, {
  webinarReminderPreviewProps,
  webinarReminderSubject,
  type WebinarReminderProps,
} from "./webinar-reminder";

/** Every message Rally sends: typed props, a subject and preview props per template. */
export type EmailProps = {
  signIn: SignInProps;
  applicationReceived: ApplicationReceivedProps;
  applicationDecided: ApplicationDecidedProps;
  payoutSent: PayoutSentProps;
  contestResults: ContestResultsProps;
  webinarConfirmation: WebinarConfirmationProps;
  webinarReminder: WebinarReminderProps;
  webinarRecording: WebinarRecordingProps;
  webinarCancelled: WebinarCancelledProps;
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
  contestResults: {
    render: (locale, props) => <ContestResultsEmail locale={locale} {...props} />,
    subject: contestResultsSubject,
    previewProps: contestResultsPreviewProps,
  },
  webinarConfirmation: {
    render: (locale, props) => <WebinarConfirmationEmail locale={locale} {...props} />,
    subject: webinarConfirmationSubject,
    previewProps: webinarConfirmationPreviewProps,
  },
  webinarReminder: {
    render: (locale, props) => <WebinarReminderEmail locale={locale} {...props} />,
    subject: webinarReminderSubject,
    previewProps: webinarReminderPreviewProps,
  },
  webinarRecording: {
    render: (locale, props) => <WebinarRecordingEmail locale={locale} {...props} />,
    subject: webinarRecordingSubject,
    previewProps: webinarRecordingPreviewProps,
  },
  webinarCancelled: {
    render: (locale, props) => <WebinarCancelledEmail locale={locale} {...props} />,
    subject: webinarCancelledSubject,
    previewProps: webinarCancelledPreviewProps,
  },
};
