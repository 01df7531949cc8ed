import { LANGUAGE_LABEL } from "@/lib/items/labels.ts";
import { Badge } from "../ui/badge.tsx";

export function LanguageBadge({ language }: { language: "id" | "en" }) {
  return (
    <Badge title={LANGUAGE_LABEL[language]}>
      <span aria-hidden="true">{language.toUpperCase()}</span>
      <span className="sr-only">{LANGUAGE_LABEL[language]}</span>
    </Badge>
  );
}
