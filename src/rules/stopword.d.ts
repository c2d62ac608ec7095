// The stopword package ships no types; the rules read its per-language lists (ISO 639-3 codes).
declare module 'stopword' {
  const lists: Record<string, string[] | undefined>;
  export const eng: string[];
  export default lists;
}
