import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

/** The frame every Rally email shares: preview line, card, footer. */
export function EmailLayout(props: {
  locale: string;
  preview: string;
  footer: string;
  children: ReactNode;
}) {
  return (
    <Html lang={props.locale}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={{ backgroundColor: "#f4f4f5", fontFamily: "Helvetica, Arial, sans-serif" }}>
        <Container
          style={{
            backgroundColor: "#ffffff",
            borderRadius: 8,
            margin: "32px auto",
            padding: 32,
            maxWidth: 520,
          }}
        >
          <Text style={{ color: "#4f46e5", fontSize: 20, fontWeight: 700, margin: 0 }}>Rally</Text>
          <Section>{props.children}</Section>
          <Hr style={{ borderColor: "#e4e4e7", margin: "24px 0" }} />
          <Text style={{ color: "#71717a", fontSize: 12 }}>{props.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const buttonStyle = {
  backgroundColor: "#4f46e5",
  borderRadius: 6,
  color: "#ffffff",
  display: "inline-block",
  fontWeight: 600,
  padding: "12px 20px",
  textDecoration: "none",
} as const;

export const textStyle = { color: "#18181b", fontSize: 15, lineHeight: "24px" } as const;
