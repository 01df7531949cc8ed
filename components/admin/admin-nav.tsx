"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const PAGES = [
  { href: "/admin/users", label: "Accounts" },
  { href: "/admin/tokens", label: "API tokens" },
];

export function AdminNav() {
  const path = usePathname();
  return (
    <nav aria-label="Administration" className="mt-2 flex gap-1 border-b border-stone-200 text-sm">
      {PAGES.map((p) => {
        const here = path === p.href;
        return (
          <Link
            key={p.href}
            href={p.href}
            aria-current={here ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 ${here ? "border-stone-900 font-medium text-stone-900" : "border-transparent text-stone-600 hover:text-stone-900"}`}
          >
            {p.label}
          </Link>
        );
      })}
    </nav>
  );
}
