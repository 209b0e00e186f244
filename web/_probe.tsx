import { useTranslation } from "react-i18next";
import type { Expect, ListsEvery } from "./api/typeChecks.ts";
export function P() { const { t } = useTranslation(); return <p>{t("nope.key")}</p>; }
export type X = Expect<ListsEvery<"a" | "b", ["a"]>>;
