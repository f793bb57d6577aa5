/// Finds negated predicates and predicates with a curated opposite.
///
/// A negation is "not", "never", "cannot" or a word ending in "n't", or
/// "declined to", "refused to", "failed to"; its predicate is the next
/// content word after auxiliaries and adverbs ("did not immediately send").
/// "not only" is not a negation, and a negation is not read in a question,
/// after "if", "whether" or "unless", or inside a quotation (a quoted remark
/// is the quote rule's). A negated verb of saying or knowing ("declined to
/// comment", "did not say") is left out: outlets report different
/// statements without disagreeing on a fact.
///
/// Each mention records what keeps two facts apart even when their words
/// oppose: the modality ("could rise", "is expected to fall"), a pluperfect
/// ("had rallied") and, for "pleaded not guilty", the verb before the
/// negation.
public struct PolarityExtractor: MentionExtractor {
    public init() {}

    public func mentions(in sentence: Sentence, words: [Word], context: ExtractionContext) -> [Mention] {
        guard !words.isEmpty, sentence.text.utf8.last != UInt8(ascii: "?") else { return [] }
        let quotes = QuoteExtractor.spans(in: sentence.text)
        func quoted(_ i: Int) -> Bool { quotes.contains { $0.contains(words[i].range.lowerBound) } }
        let text = Array(sentence.text.utf8)
        var result: [Mention] = []
        var negated: Set<Int> = []

        func add(_ head: Int, _ index: Int, _ value: PolarityMention) {
            let range = words[head].range.lowerBound..<words[index].range.upperBound
            result.append(
                Mention(
                    kind: .polarity, sentence: sentence.ref, range: range,
                    text: String(decoding: text[range], as: UTF8.self), value: value))
        }

        for i in words.indices where !quoted(i) {
            guard let (head, predicate, modal, governor) = negation(at: i, words: words) else { continue }
            if Self.hedged(before: head, words: words) { continue }
            let word = words[predicate]
            guard !word.isCapitalised, !word.isNumeric, !Stopwords.english.contains(word.lower),
                !PolarityWords.sayingPredicates.contains(word.lower)
            else { continue }
            negated.insert(predicate)
            add(
                head, predicate,
                PolarityMention(
                    predicate: word.lower, index: predicate, head: head, negated: true,
                    poles: PolarityWords.poles[word.lower] ?? [], modal: modal,
                    pluperfect: Self.pluperfect(before: head, words: words), governor: governor))
        }

        for i in words.indices where !quoted(i) && !negated.contains(i) {
            let word = words[i]
            guard var poles = PolarityWords.poles[word.lower], !word.isCapitalised || i == 0 else { continue }
            if PolarityWords.negatingVerbs.contains(word.lower), i + 1 < words.count, words[i + 1].lower == "to" { continue }
            if Self.hedged(before: i, words: words) { continue }
            var head = i
            if word.lower == "higher" || word.lower == "lower" {
                guard let verb = Self.moveVerb(before: i, words: words) else { continue }
                head = verb
            }
            if PolarityWords.directionNeedsAmount.contains(word.lower) {
                let amount = i + 1 < words.count && (words[i + 1].isNumeric || words[i + 1].lower == "by")
                if !amount { poles.removeAll { $0.opposition == "direction" } }
            }
            guard !poles.isEmpty else { continue }
            add(
                head, i,
                PolarityMention(
                    predicate: word.lower, index: i, head: head, negated: false, poles: poles,
                    modal: Self.modality(before: head, words: words), pluperfect: Self.pluperfect(before: head, words: words)))
        }

        // "voted for" / "voted against".
        for i in words.indices.dropLast() where !quoted(i) && Self.voteVerbs.contains(words[i].lower) {
            let next = words[i + 1].lower
            guard next == "for" || next == "against" else { continue }
            add(
                i, i + 1,
                PolarityMention(
                    predicate: words[i].lower + " " + next, index: i + 1, head: i, negated: false,
                    poles: [.init(opposition: "vote", positive: next == "for")],
                    modal: Self.modality(before: i, words: words), pluperfect: Self.pluperfect(before: i, words: words)))
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A negation cue at `i`: the first word of the evidence, the negated
    /// predicate, the modality and the verb before the negation, if any.
    private func negation(at i: Int, words: [Word]) -> (Int, Int, String?, String?)? {
        let word = words[i].lower
        var head = i
        var modal: String?
        var governor: String?
        var start: Int
        if PolarityWords.negators.contains(word) {
            // "not only", and "urged him not to": a wish, not a fact.
            if i + 1 < words.count, ["only", "just", "least", "until", "to"].contains(words[i + 1].lower) { return nil }
            if word == "cannot" { modal = "can" }
            if i > 0 {
                let previous = words[i - 1].lower
                if let m = PolarityWords.modals[previous] {
                    modal = m
                    head = i - 1
                } else if PolarityWords.auxiliaries.contains(previous) || previous.hasASCIISuffix("'ll") {
                    head = i - 1
                    if previous.hasASCIISuffix("'ll") { modal = "will" }
                } else if !words[i - 1].isCapitalised, !Stopwords.english.contains(previous), !words[i - 1].isNumeric {
                    governor = previous
                }
            }
            if modal == nil { modal = Self.modality(before: head, words: words) }
            start = i + 1
        } else if word.hasASCIISuffix("n't") {
            let base = String(word.dropLast(3))
            modal = PolarityWords.modals[base == "wo" ? "will" : base == "ca" ? "can" : base == "sha" ? "shall" : base]
            if modal == nil { modal = Self.modality(before: i, words: words) }
            start = i + 1
        } else if PolarityWords.negatingVerbs.contains(word), i + 1 < words.count, words[i + 1].lower == "to" {
            start = i + 2
            modal = Self.modality(before: i, words: words)
        } else {
            return nil
        }
        var k = start
        while k < words.count, k - start < 3, PolarityWords.skippable.contains(words[k].lower) { k += 1 }
        guard k < words.count else { return nil }
        return (head, k, modal, governor)
    }

    /// The modality a predicate starting at `head` stands under: a modal
    /// among the three words before it ("could have risen"), or an
    /// expectation before "to" ("expected to fall").
    static func modality(before head: Int, words: [Word]) -> String? {
        var k = head - 1
        while k >= 0, head - k <= 3 {
            let word = words[k].lower
            if let modal = PolarityWords.modals[word] { return modal }
            if word.hasASCIISuffix("'ll") { return "will" }
            if word.hasASCIISuffix("n't") {
                let base = String(word.dropLast(3))
                return PolarityWords.modals[base == "wo" ? "will" : base == "ca" ? "can" : base]
            }
            if word == "to", k > 0, PolarityWords.irrealisBeforeTo.contains(words[k - 1].lower) { return "irrealis" }
            guard PolarityWords.auxiliaries.contains(word) || PolarityWords.skippable.contains(word) || word == "not" else {
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// "had rallied", "had been sent".
    static func pluperfect(before head: Int, words: [Word]) -> Bool {
        var k = head
        while k >= 0, head - k <= 3 {
            let word = words[k].lower
            if word == "had" || word == "hadn't" || word == "'d" { return true }
            if k < head, !PolarityWords.auxiliaries.contains(word), !PolarityWords.skippable.contains(word), word != "not" {
                return false
            }
            k -= 1
        }
        return false
    }

    /// The verb of a market's move before "higher"/"lower", with only an
    /// amount or a degree between ("closed 0.8% lower", "ended sharply
    /// higher").
    private static func moveVerb(before i: Int, words: [Word]) -> Int? {
        var k = i - 1
        while k >= 0, i - k <= 4 {
            let word = words[k]
            if PolarityWords.moveVerbs.contains(word.lower) { return k }
            guard word.isNumeric || degreeWords.contains(word.lower) else { return nil }
            k -= 1
        }
        return nil
    }

    private static let degreeWords: WordSet = [
        "sharply", "slightly", "much", "marginally", "modestly", "significantly", "points", "point", "percent", "per",
        "cent", "a", "little", "substantially", "considerably", "steeply",
    ]
    static let conditionals: WordSet = ["if", "whether", "unless", "why"]

    /// A condition or a reported belief among the eight words before: "if
    /// they had not", "claiming the letters didn't represent".
    static func hedged(before head: Int, words: [Word]) -> Bool {
        (max(0, head - 8)..<head).contains { conditionals.contains(words[$0].lower) || PolarityWords.reported.contains(words[$0].lower) }
    }
    private static let voteVerbs: WordSet = ["voted", "vote", "votes", "voting"]
}
