/**
 * What the fast loader (`fastLoad.ts`, its only writer) knows about the values it built: which ones hold text
 * made from many lines. V8 keeps such a string as a rope and copies all of it into one flat string the first
 * time any character of it is read (megabytes, in a large manifest), so `has()` in `fields.ts` and the
 * placeholder scan (`placeholders.ts`) ask here before they read. Keyed weakly by the object or list that holds
 * the value; the data of a loaded manifest is never changed afterwards, so an entry stays true for the data's
 * life. Data loaded by `yaml` has no entries, and the readers then read the value itself.
 *
 * With each value the loader records its `head`: a short flat text that is a placeholder exactly when the
 * whole value is (its first line, and a stand-in for the lines after it), so the placeholder scan never reads
 * the long text.
 */
const knownText = new WeakMap<object, Map<string | number, string>>();

/** Called by the fast loader for a value it built from more than one line of text. */
export function recordText(holder: object, key: string | number, head: string): void {
  let keys = knownText.get(holder);
  if (!keys) knownText.set(holder, (keys = new Map<string | number, string>()));
  keys.set(key, head);
}

/** True when the loader recorded `holder[key]` as holding text (so it is present without being read). */
export function holdsText(holder: unknown, key: string | number): boolean {
  return typeof holder === 'object' && holder !== null && knownText.get(holder)?.has(key) === true;
}

/** The recorded head of `holder[key]` (see the file comment), or undefined when the loader recorded none. */
export function textHead(holder: unknown, key: string | number): string | undefined {
  return typeof holder === 'object' && holder !== null ? knownText.get(holder)?.get(key) : undefined;
}

/** Carries the records of `from` over to a copy of it whose keys are the same (placeholders left out). */
export function copyTextRecords(
  from: object,
  to: object,
  keyOf: (key: string | number) => string | number | undefined = (key) => key,
): void {
  const keys = knownText.get(from);
  if (!keys) return;
  for (const [key, head] of keys) {
    const copied = keyOf(key);
    if (copied !== undefined) recordText(to, copied, head);
  }
}
