import type { ReactElement } from "react";
import type { Locale } from "~/i18n/locales";
import AnnouncementEmail, {
  announcementPreviewProps,
  announcementSubject,
  type AnnouncementProps,
} from "./announcement";
import CommissionApprovedEmail, {
  commissionApprovedPreviewProps,
  commissionApprovedSubject,
  type CommissionApprovedProps,
} from "./commission-approved";
import ContestEndingSoonEmail, {
  contestEndingSoonPreviewProps,
  contestEndingSoonSubject,
  type ContestEndingSoonProps,
} from "./contest-ending-soon";
import ContestStartedEmail, {
  contestStartedPreviewProps,
  contestStartedSubject,
  type ContestStartedProps,
} from "./contest-started";
import TermsUpdatedEmail, {
  termsUpdatedPreviewProps,
  termsUpdatedSubject,
  type TermsUpdatedProps,
} from "./terms-updated";
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
import PayoutDetailsChangedEmail, {
  payoutDetailsChangedPreviewProps,
  payoutDetailsChangedSubject,
  type PayoutDetailsChangedProps,
} from "./payout-details-changed";
import NewsletterEmail, {
  newsletterPreviewProps,
  newsletterSubject,
  type NewsletterProps,
} from "./newsletter";
import PartnerDigestEmail, {
  partnerDigestPreviewProps,
  partnerDigestSubject,
  type PartnerDigestProps,
} from "./partner-digest";
import ProgramDigestEmail, {
  programDigestPreviewProps,
  programDigestSubject,
  type ProgramDigestProps,
} from "./program-digest";
import SignInEmail, { signInPreviewProps, signInSubject, type SignInProps } from "./sign-in";
import SubscribeConfirmEmail, {
  subscribeConfirmPreviewProps,
  subscribeConfirmSubject,
  type SubscribeConfirmProps,
} from "./subscribe-confirm";
import SubscribeWelcomeEmail, {
  subscribeWelcomePreviewProps,
  subscribeWelcomeSubject,
  type SubscribeWelcomeProps,
} from "./subscribe-welcome";
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
  payoutDetailsChanged: PayoutDetailsChangedProps;
  contestResults: ContestResultsProps;
  webinarConfirmation: WebinarConfirmationProps;
  webinarReminder: WebinarReminderProps;
  webinarRecording: WebinarRecordingProps;
  webinarCancelled: WebinarCancelledProps;
  announcement: AnnouncementProps;
  termsUpdated: TermsUpdatedProps;
  commissionApproved: CommissionApprovedProps;
  contestStarted: ContestStartedProps;
  contestEndingSoon: ContestEndingSoonProps;
  subscribeConfirm: SubscribeConfirmProps;
  subscribeWelcome: SubscribeWelcomeProps;
  newsletter: NewsletterProps;
  partnerDigest: PartnerDigestProps;
  programDigest: ProgramDigestProps;
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
  payoutDetailsChanged: {
    render: (locale, props) => <PayoutDetailsChangedEmail locale={locale} {...props} />,
    subject: payoutDetailsChangedSubject,
    previewProps: payoutDetailsChangedPreviewProps,
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
  announcement: {
    render: (locale, props) => <AnnouncementEmail locale={locale} {...props} />,
    subject: announcementSubject,
    previewProps: announcementPreviewProps,
  },
  termsUpdated: {
    render: (locale, props) => <TermsUpdatedEmail locale={locale} {...props} />,
    subject: termsUpdatedSubject,
    previewProps: termsUpdatedPreviewProps,
  },
  commissionApproved: {
    render: (locale, props) => <CommissionApprovedEmail locale={locale} {...props} />,
    subject: commissionApprovedSubject,
    previewProps: commissionApprovedPreviewProps,
  },
  contestStarted: {
    render: (locale, props) => <ContestStartedEmail locale={locale} {...props} />,
    subject: contestStartedSubject,
    previewProps: contestStartedPreviewProps,
  },
  contestEndingSoon: {
    render: (locale, props) => <ContestEndingSoonEmail locale={locale} {...props} />,
    subject: contestEndingSoonSubject,
    previewProps: contestEndingSoonPreviewProps,
  },
  subscribeConfirm: {
    render: (locale, props) => <SubscribeConfirmEmail locale={locale} {...props} />,
    subject: subscribeConfirmSubject,
    previewProps: subscribeConfirmPreviewProps,
  },
  subscribeWelcome: {
    render: (locale, props) => <SubscribeWelcomeEmail locale={locale} {...props} />,
    subject: subscribeWelcomeSubject,
    previewProps: subscribeWelcomePreviewProps,
  },
  newsletter: {
    render: (locale, props) => <NewsletterEmail locale={locale} {...props} />,
    subject: newsletterSubject,
    previewProps: newsletterPreviewProps,
  },
  partnerDigest: {
    render: (locale, props) => <PartnerDigestEmail locale={locale} {...props} />,
    subject: partnerDigestSubject,
    previewProps: partnerDigestPreviewProps,
  },
  programDigest: {
    render: (locale, props) => <ProgramDigestEmail locale={locale} {...props} />,
    subject: programDigestSubject,
    previewProps: programDigestPreviewProps,
  },
};
