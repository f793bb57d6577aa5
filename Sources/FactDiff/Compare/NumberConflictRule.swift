extension ConflictKind {
    public static let number = ConflictKind(rawValue: "number")
}

/// Two aligned sentences that give one quantity different values.
///
/// Only numbers that measure the same thing are compared (``NumberPairing``);
/// they disagree when the ranges their wording allows do not meet, so a hedge
/// ("more than 100", "about 28,500") or a round figure agrees with any value
/// it covers. A disagreement that a hedge, a unit conversion or an age
/// worked out from a birth year leaves room for is a warning.
///
/// Near misses are not compared: on the corpus they added 366 number
/// conflicts (lists of charges, counts from different reports), nearly all
/// of different quantities, for 2 more of the 18 dev conflicts. Sentences
/// tied by the one figure of a kind in each article (``FigureAnchors``) are.
public struct NumberConflictRule: ConflictRule {
    public let kind = ConflictKind.number

    public init() {}

    public func conflicts(in pair: AlignedPair) -> [Conflict] {
        let first = pair.first.mentions(.number)
        let second = pair.second.mentions(.number)
        guard pair.aligned || pair.sameFigure, !first.isEmpty, !second.isEmpty, !NumberPairing.differentEvents(pair) else { return [] }
        var result: [Conflict] = []
        for (m, n) in NumberPairing.pairs(first, in: pair.first, second, in: pair.second) {
            guard let x = m.value.downcast(to: NumberMention.self), let y = n.value.downcast(to: NumberMention.self),
                let severity = Self.disagreement(x, y)
            else { continue }
            let about = Self.subject(x, m, pair).map { " for \($0)" } ?? ""
            let message = "\(pair.first.article.id) says \(m.text), \(pair.second.article.id) says \(n.text)\(about)"
            result.append(.between(kind, severity, message: message, in: pair, (m, x.description), (n, y.description)))
        }
        return result
    }

    /// Whether two numbers measure the same kind of thing at all: the same
    /// dimension and currency, the same rate ("a share"), the same place in
    /// their sentence, and for scores both of play or both of a shoot-out.
    static func comparable(_ x: NumberMention, _ y: NumberMention) -> Bool {
        x.dimension == y.dimension && x.per == y.per && x.role == y.role && x.penalties == y.penalties
    }

    /// nil when the two can be the same quantity; otherwise how sure the
    /// disagreement is.
    static func disagreement(_ x: NumberMention, _ y: NumberMention) -> Severity? {
        if x.dimension == .score {
            return (x.value, x.other) == (y.value, y.other) ? nil : .error
        }
        if x.range.overlaps(y.range) || truncates(x, y) || truncates(y, x) { return nil }
        let doubtful = x.hedge != nil || y.hedge != nil || x.fromBirthYear || y.fromBirthYear
        return doubtful ? .warning : .error
    }

    /// "$43 million" for $43,885,310: news cuts a precise figure down to its
    /// leading digits as often as it rounds it, so a round figure also
    /// covers the values it is the truncation of, when the other figure is
    /// given to a unit at least a hundred times finer. Figures of one
    /// precision ("10 million", "11m"), or one digit apart ("$3 billion",
    /// "$3.6 billion"), still disagree.
    static func truncates(_ round: NumberMention, _ precise: NumberMention) -> Bool {
        guard round.hedge == nil, round.precision > 0, precise.precision * 100 <= round.precision else { return false }
        let low = round.value >= 0 ? round.value : round.value - 2 * round.precision
        return precise.range.overlaps(low...(low + 2 * round.precision))
    }

    /// "the age of Reader", or the words both sentences use near the number.
    private static func subject(_ x: NumberMention, _ m: Mention, _ pair: AlignedPair) -> String? {
        if let person = x.person, let word = pair.first.words.first(where: { Word.normalise($0.lower) == person }) {
            let text = pair.first.bytes
            return "the age of \(String(decoding: text[word.range], as: UTF8.self))"
        }
        return EventPhrase.between(pair.first, pair.second, near: m).map { "\"\($0)\"" }
    }
}
