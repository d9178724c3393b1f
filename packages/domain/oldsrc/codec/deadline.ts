const DEADLINE =
  /\b(?:within|in the next)\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)\s+(?:days?|weeks?|months?|years?)\b|\b(?:by|not later than|no later than|before)\s+(?:the end of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b/i;

/** The deadline a finding sets for itself ("within six months", "not later than 31 March 2015"), if any. */
export function deadlinePhraseOf(plainText: string): string | null {
  const m = DEADLINE.exec(plainText);
  return m ? m[0] : null;
}
