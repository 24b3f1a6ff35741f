/**
 * What the fast loader (`fastLoad.ts`, its only writer) knows about the values it built: which ones hold text
 * made from many lines. V8 keeps such a string as a rope and copies all of it into one flat string the first
 * time any character of it is read (megabytes, in a large manifest), so `has()` in `fields.ts` asks here
 * before it reads. Keyed weakly by the object or list that holds the value; the data of a loaded manifest is
 * never changed afterwards, so an entry stays true for the data's life. Data loaded by `yaml` has no entries,
 * and `has()` then reads the value itself.
 */
const knownText = new WeakMap<object, Set<string | number>>();

/** Called by the fast loader for a value it built from more than one line of text. */
export function recordText(holder: object, key: string | number): void {
  let keys = knownText.get(holder);
  if (!keys) knownText.set(holder, (keys = new Set()));
  keys.add(key);
}

/** True when the loader recorded `holder[key]` as holding text (so it is present without being read). */
export function holdsText(holder: unknown, key: string | number): boolean {
  return typeof holder === 'object' && holder !== null && knownText.get(holder)?.has(key) === true;
}
