import { getTranslations } from "next-intl/server";
import { RemoveManagerButton } from "./remove-manager-button";

/** The program's managers, each removable while another one remains. */
export async function ManagerList(props: {
  programId: string;
  currentUserId: string;
  managers: { userId: string; email: string; name: string | null }[];
}) {
  const t = await getTranslations("manager.managers");
  const removable = props.managers.length > 1;
  return (
    <div className="mb-6">
      <ul aria-label={t("listLabel")} className="divide-y divide-zinc-100 rounded-md border">
        {props.managers.map((manager) => (
          <li
            key={manager.userId}
            className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm"
            data-testid="manager-row"
          >
            <span className="min-w-0">
              <span className="break-all">{manager.email}</span>
              {manager.userId === props.currentUserId && (
                <span className="text-zinc-500"> ({t("you")})</span>
              )}
              {manager.name && <span className="block text-xs text-zinc-500">{manager.name}</span>}
            </span>
            {removable && (
              <RemoveManagerButton
                programId={props.programId}
                userId={manager.userId}
                email={manager.email}
              />
            )}
          </li>
        ))}
      </ul>
      {!removable && <p className="mt-2 text-xs text-zinc-500">{t("lastHint")}</p>}
    </div>
  );
}
