import { render } from "@react-email/components";
import { describe, expect, it } from "vitest";
import { locales } from "~/i18n/locales";
import { emailTemplates, type EmailTemplate } from "./registry";

describe("email templates", () => {
  for (const name of Object.keys(emailTemplates) as EmailTemplate[]) {
    for (const locale of locales) {
      it(`${name} renders in ${locale}`, async () => {
        const template = emailTemplates[name] as (typeof emailTemplates)["signIn"];
        const props = template.previewProps;
        const subject = template.subject(locale, props);
        const html = await render(template.render(locale, props));
        const text = await render(template.render(locale, props), { plainText: true });
        expect(subject.length).toBeGreaterThan(5);
        expect(subject).not.toMatch(/emails\.|\{/);
        expect(html).toContain(`lang="${locale}"`);
        expect(text).not.toMatch(/emails\.\w/);
      });
    }
  }

  it("puts the sign-in link in both the HTML and the text part", async () => {
    const { previewProps } = emailTemplates.signIn;
    const element = emailTemplates.signIn.render("pl", previewProps);
    expect(await render(element)).toContain(previewProps.url);
    expect(await render(element, { plainText: true })).toContain(previewProps.url);
  });
});
