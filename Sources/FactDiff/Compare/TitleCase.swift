/// A headline written in Title Case ("Obama Medicare Attack In 2008
/// Targeted McCain For Cutting $800 Billion From Program").
///
/// The rules read capitals to tell who acted from what happened: a name
/// near a date, the nouns a number counts, a place after "in". In Title
/// Case every word is capitalised, so those readings are noise, and such a
/// sentence is not compared at all.
enum TitleCase {
    /// Every word of four letters or more is capitalised, and so are at
    /// least two short function words after the first word ("In", "For"),
    /// which sentence case never capitalises. Headlines that keep those
    /// lower case ("Clintons Report Earnings of $139 Million in Seven
    /// Years") are not told from a sentence full of names, and are compared.
    static func isTitleCase(_ words: [Word]) -> Bool {
        var long = 0
        var functionWords = 0
        for (k, word) in words.enumerated() where !word.isNumeric {
            guard let first = word.lower.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { continue }
            if word.lower.utf8.count >= 4 {
                guard word.isCapitalised else { return false }
                long += 1
            } else if k > 0, word.isCapitalised, Stopwords.english.contains(word.lower) {
                functionWords += 1
            }
        }
        return long >= 3 && functionWords >= 2
    }
}
