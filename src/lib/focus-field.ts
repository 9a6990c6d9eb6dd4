/** Focuses the form field whose label (or aria-label) reads `label`; returns whether one was found. */
export function focusFieldByLabel(label: string): boolean {
  const byAria = document.querySelector<HTMLElement>(`[aria-label="${CSS.escape(label)}"]`);
  const byLabel = [...document.querySelectorAll('label')].find(
    (el) => el.textContent?.trim() === label,
  )?.control;
  const field = byAria ?? byLabel;
  field?.focus();
  return Boolean(field);
}
