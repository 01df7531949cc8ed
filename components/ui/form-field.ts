"use client";

import { useEffect } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

/** An input's props: registered with the form, and marked and described by its error when wrong. */
export function fieldProps<T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>, id: string) {
  return { id, "aria-invalid": form.getFieldState(name, form.formState).invalid, "aria-describedby": `${id}-error`, ...form.register(name) };
}

/**
 * Puts the server's messages under their fields (the first one focused), where they clear as
 * soon as the field is fixed; a success empties the form. `empty` must be a constant.
 */
export function useServerAnswer<T extends FieldValues>(form: UseFormReturn<T>, state: { fields?: Record<string, string[]> }, succeeded: boolean, empty: T) {
  useEffect(() => {
    if (succeeded) form.reset(empty);
    let first = true;
    for (const [name, messages] of Object.entries(state.fields ?? {})) {
      form.setError(name as Path<T>, { type: "server", message: messages.join(" ") }, { shouldFocus: first });
      first = false;
    }
  }, [state, succeeded, form, empty]);
}
