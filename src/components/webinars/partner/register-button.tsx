"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";

/** Register / give the seat back; the page re-renders with the new seat count. */
export function RegisterButton(props: {
  webinarId: string;
  title: string;
  registered: boolean;
  full: boolean;
}) {
  const t = useTranslations("webinars.partner");
  const trpc = useTRPC();
  const router = useRouter();
  const register = useMutation(
    trpc.partner.webinars.register.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const unregister = useMutation(
    trpc.partner.webinars.unregister.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const pending = register.isPending || unregister.isPending;
  return (
    <div className="space-y-2">
      <FormError message={register.error?.message ?? unregister.error?.message} />
      {props.registered ? (
        <Button
          variant="secondary"
          disabled={pending}
          aria-label={t("unregisterFrom", { title: props.title })}
          onClick={() => unregister.mutate({ webinarId: props.webinarId })}
        >
          {t("unregister")}
        </Button>
      ) : (
        <Button
          disabled={pending || props.full}
          aria-label={props.full ? undefined : t("registerFor", { title: props.title })}
          onClick={() => register.mutate({ webinarId: props.webinarId })}
        >
          {props.full ? t("full") : t("register")}
        </Button>
      )}
      {register.isSuccess && (
        <p role="status" className="text-sm text-green-800" data-testid="webinar-confirmation">
          {t("confirmed")}
        </p>
      )}
    </div>
  );
}
