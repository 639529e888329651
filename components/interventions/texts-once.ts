/**
 * Translated texts formatted once per process. next-intl keeps its message formatters per request, so every
 * render parses the ICU messages it uses again, and every call with values serialises the formats to look
 * its formatter up: about 40 µs a call, several per result card. The same message in the same language
 * with the same values always reads the same (the messages are part of the build, the time zone is fixed),
 * so the text itself is kept: a card's "Gepoold uit 3 studies" is formatted once, not on every request.
 *
 * Only for `t(key, values)` with plain values (strings and numbers), never for rich text.
 */
import { useLocale, useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";

export type TextValues = Record<string, string | number>;
export type Translate<Key extends string> = (key: Key, values?: TextValues) => string;

/** Enough for every text of the catalogue's pages many times over; emptied when full. */
const MAX_TEXTS = 20_000;
const texts = new Map<string, string>();

/** `translate`, remembering each text under `scope` (language and namespace), key and values. */
export function formattedOnce<Key extends string>(translate: Translate<Key>, scope: string): Translate<Key> {
  return (key, values) => {
    const id = values === undefined ? `${scope}\u0000${key}` : `${scope}\u0000${key}\u0000${JSON.stringify(values)}`;
    let text = texts.get(id);
    if (text === undefined) {
      text = translate(key, values);
      if (texts.size >= MAX_TEXTS) texts.clear();
      texts.set(id, text);
    }
    return text;
  };
}

type Namespace = NonNullable<Parameters<typeof useTranslations>[0]>;
type KeyOf<NS extends Namespace> = Parameters<ReturnType<typeof useTranslations<NS>>>[0];

/** useTranslations(namespace) for a server component, with its texts formatted once per process. */
export function useTextsOnce<NS extends Namespace>(namespace: NS): Translate<KeyOf<NS>> {
  const t = useTranslations(namespace) as unknown as Translate<KeyOf<NS>>;
  return formattedOnce(t, `${useLocale()}:${namespace}`);
}

/** getTranslations(namespace) with its texts formatted once per process. */
export async function getTextsOnce<NS extends Namespace>(namespace: NS): Promise<Translate<KeyOf<NS>>> {
  const t = (await getTranslations(namespace)) as unknown as Translate<KeyOf<NS>>;
  return formattedOnce(t, `${await getLocale()}:${namespace}`);
}
