"use client";

import { ErrorPanel } from "@/components/error-panel.tsx";

export default function DocumentError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel title="This document could not be shown" error={error} retry={retry} />;
}
