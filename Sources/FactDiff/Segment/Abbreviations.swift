/// Words that end in a full stop without ending the sentence.
///
/// Stored lowercased without the stop. These count only when capitalised
/// ("Sen.", "Jan."), so "the cat sat." still ends a sentence.
enum Abbreviations {
    static let words: WordSet = [
        // honorifics and titles
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "rev", "fr", "sr", "jr", "st",
        "sen", "rep", "gov", "pres", "supt", "insp", "det", "sgt", "cpl", "pte", "lt", "col",
        "gen", "maj", "capt", "cmdr", "adm", "hon", "rt", "sir", "esq", "cllr", "amb", "atty",
        // months and days as news abbreviates them
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // companies, places and measures
        "inc", "ltd", "co", "corp", "plc", "bros", "dept", "univ", "assn", "ave", "rd", "blvd",
        "mt", "ft",
    ]

    /// Abbreviations written in lower case; they never end a sentence.
    static let lowercase: WordSet = ["vs", "v", "approx", "ca", "cf", "c"]

    /// Abbreviations that stand before a number ("No. 10", "pp. 4-5"), and
    /// are ordinary words otherwise ("the answer was no.").
    static let beforeNumbers: WordSet = ["no", "nos", "fig", "vol", "pp", "art"]

    /// Words that, after an abbreviation such as "U.S.", show that a new
    /// sentence has started after all.
    static let sentenceStarters: WordSet = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those",
        "but", "and", "in", "on", "at", "after", "before", "however", "there", "his", "her",
        "their", "its", "our", "when", "while", "some", "many", "most", "both", "one", "if",
    ]
}
