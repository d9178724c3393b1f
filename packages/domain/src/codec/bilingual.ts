import { foldForMatching } from './normalise.js';

/** Words of Welsh labels and names in responses of Welsh offices; enough to tell which half is Welsh. */
const WELSH =
  /(^|[\s'’])(heddlu|gwasanaeth|tân|tan|achub|comisiynydd|comisiynydd's|throseddu|prif|gwnstabl|swyddog|argymhellion|argymhelliad|meysydd|maes|gwella|sylwadau|sylwadau'r|ymateb|arolygiad|arolygiaeth|cyhoeddi|dyddiad|teitl|gradd|graddau|crynodeb|fersiwn|achos|achosion|pryder|pryderon|dolen|math|y|yr|i'w|gyfer)(?=$|[\s,'’])/giu;

function welshWords(text: string): number {
  return (foldForMatching(text).match(WELSH) ?? []).length;
}

/**
 * The English half of a bilingual label or name, "Heddlu Dyfed-Powys / Dyfed-Powys Police" or
 * "Argymhellion / Recommendations"; the text itself when it is not two halves one of which is Welsh.
 */
export function englishPart(text: string): string {
  const halves = text.split(/\s+\/\s+|\s*\|\s*/);
  if (halves.length !== 2) return text;
  const [a, b] = halves.map((h) => h.trim()) as [string, string];
  const wa = welshWords(a);
  const wb = welshWords(b);
  if (wa === wb || !a || !b) return text;
  return wa < wb ? a : b;
}
